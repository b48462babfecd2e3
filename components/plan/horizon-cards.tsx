import { ProgressBar } from "@/components/ui/progress-bar";
import { formatDate } from "@/lib/calendar/dates";
import type { HorizonSummary } from "@/lib/plan/horizons";

export function HorizonCards({
  horizons,
  roles,
}: {
  horizons: HorizonSummary[];
  roles: Record<string, string>;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {horizons.map((h) => (
        <li
          key={h.id}
          className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900 print:break-inside-avoid"
        >
          <h3 className="font-semibold">{h.label}</h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {formatDate(h.start)} – {formatDate(h.end)}
          </p>
          <p className="mt-2 text-sm">
            Target role: <span className="font-medium">{roles[h.id] || "not set"}</span>
          </p>
          {h.total === 0 ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              No milestones in this horizon yet.
            </p>
          ) : (
            <>
              <p className="mt-3 text-sm">
                {h.done} of {h.total} done ({h.percentDone} %) · average progress {h.averageProgress} %
              </p>
              <div className="mt-2">
                <ProgressBar
                  label={`${h.label} completion`}
                  value={h.done}
                  max={h.total}
                  valueText={`${h.done} of ${h.total} milestones done`}
                  tone={h.percentDone === 100 ? "green" : "indigo"}
                />
              </div>
              {h.overdue > 0 && (
                <p className="mt-2 text-sm font-semibold text-red-700 dark:text-red-400">
                  {h.overdue} overdue
                </p>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
