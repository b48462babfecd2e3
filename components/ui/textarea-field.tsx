import { type ReactNode, type TextareaHTMLAttributes, useId } from "react";
import { Describe, inputClass } from "./field";

export function TextAreaField({
  label,
  error,
  hint,
  id,
  ...props
}: { label: string; error?: string; hint?: ReactNode } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div>
      <label htmlFor={fieldId} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={fieldId}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined}
        {...props}
      />
      <Describe id={fieldId} error={error} hint={hint} />
    </div>
  );
}
