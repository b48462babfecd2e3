"use client";
// An interview's checklist (ticks saved one by one) and the progress bar it shares with the
// interview list. Apart from interviews.tsx (whose forms use react-hook-form) so that the mock
// report, which shows the after-interview checklist, starts without a form library (decision 0025, Session 9).
import { clsx } from "clsx";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import { TickList } from "@/components/ui/tick-list";
import { api } from "@/lib/client/api";
import { useTickSet } from "@/lib/client/use-tick-set";

type Group = { phase: string; title: string; items: { key: string; label: string }[] };

export function InterviewChecklist({ interviewId, groups, initialChecked }: { interviewId: string; groups: Group[]; initialChecked: string[] }) {
  const { checked, toggle, error, status } = useTickSet(initialChecked, (itemKey, on) =>
    api(`/api/practice/interviews/${interviewId}/checks`, { method: "PUT", body: { itemKey, checked: on }, keepalive: true }),
  );
  const total = groups.reduce((a, g) => a + g.items.length, 0);
  return (
    <div className="space-y-6">
      <ChecklistBar done={checked.size} total={total} label="Checklist progress" />
      <p className="-mt-4 text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {status}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className={clsx("grid gap-6", groups.length > 1 && "md:grid-cols-3")}>
        {groups.map((g) => {
          const done = g.items.filter((i) => checked.has(i.key)).length;
          return (
            <fieldset key={g.phase} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <legend className="px-1 font-semibold">
                {g.title} <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({done} of {g.items.length})</span>
              </legend>
              <TickList
                className="mt-2 space-y-2"
                items={g.items.map((i) => ({ key: i.key, text: i.label }))}
                checked={(k) => checked.has(k)}
                onToggle={(k, on) => void toggle(k, on)}
              />
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}

/** A checklist's ticked share: the label and "2 of 9 (22%)" over the one progress bar. */
export function ChecklistBar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total === 0 ? 0 : Math.floor((done * 100) / total);
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm">
        <span>{label}</span>
        <span className="tabular-nums">
          {done} of {total} ({pct}%)
        </span>
      </div>
      <ProgressBar label={label} value={done} max={total} valueText={`${done} of ${total}`} />
    </div>
  );
}
