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
export type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

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
 * The one labelled-field wrapper: label, the control (rendered by `children` with the
 * id/aria props it must spread), the hint, and the field's error message under it.
 */
export function Field({
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

export function TextField({
  label,
  error,
  hint,
  id,
  className,
  ref,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <input ref={ref} className={inputClass} {...control} {...props} />}
    </Field>
  );
}

export function SelectField({
  label,
  error,
  hint,
  id,
  className,
  children,
  ref,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => (
        <select ref={ref} className={clsx(inputClass, "truncate pr-8")} {...control} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  id,
  className,
  ref,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Field label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <textarea ref={ref} className={inputClass} {...control} {...props} />}
    </Field>
  );
}
