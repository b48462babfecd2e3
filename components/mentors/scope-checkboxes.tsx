"use client";
import { useId } from "react";
import { SCOPES, type Scope, type Scopes } from "@/lib/mentors/scopes";

/** The five things a candidate can share, as checkboxes with a hint each. */
export function ScopeCheckboxes({
  value,
  onChange,
  disabled,
  legend,
}: {
  value: Scopes;
  onChange: (scope: Scope, on: boolean) => void;
  disabled?: boolean;
  legend: string;
}) {
  const id = useId();
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <ul className="mt-2 space-y-2">
        {SCOPES.map((s) => (
          <li key={s.key} className="flex items-start gap-2">
            <input
              id={`${id}-${s.key}`}
              type="checkbox"
              className="mt-1 h-4 w-4"
              checked={value[s.key]}
              onChange={(e) => onChange(s.key, e.target.checked)}
              aria-describedby={`${id}-${s.key}-hint`}
            />
            <span>
              <label htmlFor={`${id}-${s.key}`} className="text-sm font-medium">
                {s.label}
              </label>
              <span id={`${id}-${s.key}-hint`} className="block text-xs text-slate-600 dark:text-slate-400">
                {s.hint}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
