import { clsx } from "clsx";
import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

export const inputClass =
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-red-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

type FieldProps = { label: string; error?: string; hint?: ReactNode; className?: string };

/** What the control inside a `Field` must carry so its label, hint and error reach assistive tech. */
type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

export function Describe({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * FieldFrame, the one labelled-field frame: label, the control (rendered by `children` with the
 * id/aria props it must spread), the hint, and the field's error message under it.
 * TextField, SelectField and TextAreaField are this frame around their one control.
 */
export function FieldFrame({
  label,
  error,
  hint,
  id,
  className,
  children,
}: FieldProps & { id?: string; children: (control: ControlProps) => ReactNode }) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div className={clsx("min-w-0", className)}>
      <label htmlFor={fieldId} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children({
        id: fieldId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined,
      })}
      <Describe id={fieldId} error={error} hint={hint} />
    </div>
  );
}

type Framed<P> = FieldProps & { id?: string } & P;

/** Splits a field's props into the frame's (label, error, hint, id, className) and the control's. */
function frame<P>({ label, error, hint, id, className, ...control }: Framed<P>) {
  return { frameProps: { label, error, hint, id, className }, control };
}

export function TextField(
  props: Framed<InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }>,
) {
  const { frameProps, control } = frame(props);
  return (
    <FieldFrame {...frameProps}>{(aria) => <input className={inputClass} {...aria} {...control} />}</FieldFrame>
  );
}

/** One choice of a SelectField's `options`. */
type SelectOption = { value: string | number; label: ReactNode; disabled?: boolean };

export function SelectField({
  options,
  blank,
  children,
  ...props
}: Framed<
  SelectHTMLAttributes<HTMLSelectElement> & {
    ref?: Ref<HTMLSelectElement>;
    /** The choices, listed in order after `blank` and before any `children` (e.g. optgroups). */
    options?: readonly SelectOption[];
    /** The label of a first, empty choice (value ""), e.g. "Not set". */
    blank?: string;
  }
>) {
  const { frameProps, control } = frame(props);
  return (
    <FieldFrame {...frameProps}>
      {(aria) => (
        <select className={clsx(inputClass, "truncate pr-8")} {...aria} {...control}>
          {blank !== undefined && <option value="">{blank}</option>}
          {options?.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextAreaField(
  props: Framed<TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }>,
) {
  const { frameProps, control } = frame(props);
  return (
    <FieldFrame {...frameProps}>
      {(aria) => <textarea className={inputClass} {...aria} {...control} />}
    </FieldFrame>
  );
}
