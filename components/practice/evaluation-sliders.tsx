"use client";
// The guide's four evaluation points as 0-10 sliders, each with its hint (or its field error
// from the API, `scores.<field>`). Used by the self-score form and the mentor's review form.
// A slider starts unset ("Not scored yet", no thumb) so no number anchors the score; the
// first click, key press or drag chooses one.
import { clsx } from "clsx";
import { useId } from "react";
import { EVALUATION_POINTS, type ScoreField } from "@/lib/practice/data/evaluation";

/** Scores being chosen: unset (undefined or null) until the user picks one. */
export type DraftScores = Partial<Record<string, number | null>>;

/** A form's errors on `scores` as the sliders read them (`scores.<field>`: message). */
export function sliderErrors(errors: Partial<Record<ScoreField, { message?: string }>> | undefined): Record<string, string> {
  return Object.fromEntries(
    EVALUATION_POINTS.flatMap((p) => {
      const message = errors?.[p.field as ScoreField]?.message;
      return message ? [[`scores.${p.field}`, message]] : [];
    }),
  );
}

type Props = {
  scores: DraftScores;
  onChange: (scores: DraftScores) => void;
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
        const value = scores[p.field] ?? null;
        const choose = (v: number) => onChange({ ...scores, [p.field]: v });
        return (
          <div key={p.field}>
            <label htmlFor={fid} className="flex justify-between text-sm font-medium">
              <span>{p.label}</span>
              <output htmlFor={fid} className={clsx(value === null ? "text-sm font-normal text-slate-500 dark:text-slate-400" : "text-base font-semibold tabular-nums")}>
                {value === null ? "Not scored yet" : value}
              </output>
            </label>
            <input
              id={fid}
              type="range"
              min={0}
              max={10}
              step={1}
              // Unset: the thumb is hidden and the element holds 5, so choosing 5 does not change
              // its value and React's onChange stays silent; the raw input event (a value set by
              // assistive tech or a script) and the click itself choose it then.
              value={value ?? 5}
              aria-valuetext={value === null ? "Not scored yet" : String(value)}
              onChange={(e) => choose(Number(e.target.value))}
              onInput={(e) => value === null && choose(Number(e.currentTarget.value))}
              onClick={(e) => value === null && choose(Number(e.currentTarget.value))}
              aria-describedby={`${fid}-hint`}
              aria-invalid={err ? true : undefined}
              data-unset={value === null ? "" : undefined}
              className={clsx(
                "mt-1 w-full accent-indigo-600",
                value === null && "opacity-60 [&::-moz-range-thumb]:opacity-0 [&::-webkit-slider-thumb]:opacity-0",
              )}
            />
            <p
              id={`${fid}-hint`}
              className={clsx("text-xs", err ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400")}
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
