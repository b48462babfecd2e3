"use client";
// The compare page's "Criteria and weights" form as drawn, without its state: the light form that
// the page starts with (weights-island.tsx, plain state) and the real one (weights-form.tsx,
// react-hook-form) draw the same form with it, so nothing moves when one replaces the other.
import { clsx } from "clsx";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Describe, inputClass } from "@/components/ui/field";

/** At most this many criteria ("Add a criterion" is disabled at it). */
const MAX_CRITERIA = 12;

/** A row's input props: register() or a value and its onChange. */
type Control = { name: string } & Record<string, unknown>;

type Props = {
  /** One per criterion: a stable key (for ids) and the name as typed (for the labels). */
  rows: { key: string; name: string }[];
  control: (i: number, field: "name" | "weight") => Control;
  errors: (i: number) => { name?: string; weight?: string };
  total: number;
  /** The top message, and the list's own error when it is not that message. */
  message: { tone: "error" | "success"; text: string } | null;
  listError?: string;
  busy: boolean;
  onAdd: () => void;
  onRemove: (i: number) => void;
  onSubmit: (e: React.FormEvent<HTMLFormElement>) => void;
  /** The real form's ref (useApiForm's formRef: its checks load on the form's first use). */
  formRef?: React.Ref<HTMLFormElement>;
};

export function CriteriaFields({ rows, control, errors, total, message, listError, busy, onAdd, onRemove, onSubmit, formRef }: Props) {
  return (
    <form aria-labelledby="weights-heading" className="space-y-4" ref={formRef} onSubmit={onSubmit} noValidate>
      <h2 id="weights-heading" className="text-lg font-semibold">
        Criteria and weights
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The guide&apos;s defaults are total compensation 30, role responsibilities 25, growth opportunities
        20, company culture 15 and location and remote flexibility 10. Weights are whole numbers and must
        total 100.
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {message?.text !== listError && listError && <Alert tone="error">{listError}</Alert>}
      <ul className="space-y-2">
        {rows.map((row, i) => {
          const name = row.name || `criterion ${i + 1}`;
          const { name: nameError, weight: weightError } = errors(i);
          return (
            <li key={row.key} className="flex flex-wrap items-end gap-2">
              <div className="min-w-48 flex-1">
                <label htmlFor={`crit-name-${row.key}`} className="mb-1 block text-xs font-medium">
                  Criterion {i + 1} name
                </label>
                <input
                  id={`crit-name-${row.key}`}
                  className={inputClass}
                  aria-invalid={nameError ? true : undefined}
                  aria-describedby={nameError ? `crit-name-${row.key}-error` : undefined}
                  {...control(i, "name")}
                />
                <Describe id={`crit-name-${row.key}`} error={nameError} />
              </div>
              <div className="w-28">
                <label htmlFor={`crit-weight-${row.key}`} className="mb-1 block text-xs font-medium">
                  Weight<span className="sr-only"> for {name}</span>
                </label>
                <input
                  id={`crit-weight-${row.key}`}
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  inputMode="numeric"
                  className={inputClass}
                  aria-invalid={weightError ? true : undefined}
                  aria-describedby={weightError ? `crit-weight-${row.key}-error` : undefined}
                  {...control(i, "weight")}
                />
                <Describe id={`crit-weight-${row.key}`} error={weightError} />
              </div>
              <Button variant="ghost" onClick={() => onRemove(i)} aria-label={`Remove ${name}`}>
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <p
        className={clsx("text-sm font-medium", total === 100 ? "text-green-700 dark:text-green-400" : "text-amber-700 dark:text-amber-400")}
        aria-live="polite"
      >
        Weights total {total} of 100.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onAdd} disabled={rows.length >= MAX_CRITERIA}>
          Add a criterion
        </Button>
        <Button type="submit" disabled={busy}>
          Save weights
        </Button>
      </div>
    </form>
  );
}
