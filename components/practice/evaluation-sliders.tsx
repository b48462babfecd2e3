"use client";
// The guide's four evaluation points as 0-10 sliders, each with its hint (or its field error
// from the API, `scores.<field>`). Used by the self-score form and the mentor's review form.
import { useId } from "react";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";

type Props = {
  scores: Record<string, number>;
  onChange: (scores: Record<string, number>) => void;
  errors: Record<string, string>;
  /** Extra text after a point's hint, e.g. the mentee's own score for it. */
  note?: (field: string) => string | null;
};

export function EvaluationSliders({ scores, onChange, errors, note }: Props) {
  const id = useId();
  return (
    <div className="mt-3 grid gap-5 sm:grid-cols-2">
      {EVALUATION_POINTS.map((p) => {
        const fid = `${id}-${p.field}`;
        const err = errors[`scores.${p.field}`];
        const extra = err ? null : note?.(p.field);
        return (
          <div key={p.field}>
            <label htmlFor={fid} className="flex justify-between text-sm font-medium">
              <span>{p.label}</span>
              <output htmlFor={fid} className="text-base font-semibold tabular-nums">
                {scores[p.field]}
              </output>
            </label>
            <input
              id={fid}
              type="range"
              min={0}
              max={10}
              step={1}
              value={scores[p.field]}
              onChange={(e) => onChange({ ...scores, [p.field]: Number(e.target.value) })}
              aria-describedby={`${fid}-hint`}
              aria-invalid={err ? true : undefined}
              className="mt-1 w-full accent-indigo-600"
            />
            <p
              id={`${fid}-hint`}
              className={`text-xs ${err ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}
            >
              {err ?? p.hint}
              {extra ? ` ${extra}` : ""}
            </p>
          </div>
        );
      })}
    </div>
  );
}
