import { type Heatmap } from "@/lib/progress/heatmap";
import { formatDate } from "@/lib/calendar/dates";

const LEVEL_CLASS = [
  "bg-slate-100 dark:bg-slate-800",
  "bg-indigo-200 dark:bg-indigo-900",
  "bg-indigo-400 dark:bg-indigo-700",
  "bg-indigo-600 dark:bg-indigo-500",
  "bg-indigo-800 dark:bg-indigo-300",
];

/** The activity calendar: one column per week, Monday at the top. Visual only; the text summary beside it says the same. */
export function ActivityHeatmap({ heatmap }: { heatmap: Heatmap }) {
  return (
    <div aria-hidden="true" className="overflow-x-auto pb-1">
      <div className="flex gap-[3px]">
        {heatmap.weeks.map((w) => (
          <div key={w.start} className="flex flex-col gap-[3px]">
            {w.days.map((d, i) =>
              d ? (
                <div
                  key={d.date}
                  title={`${formatDate(d.date)}: ${d.count} ${d.count === 1 ? "activity" : "activities"}`}
                  className={`h-[11px] w-[11px] rounded-sm ${LEVEL_CLASS[d.level]}`}
                />
              ) : (
                <div key={i} className="h-[11px] w-[11px]" />
              ),
            )}
          </div>
        ))}
      </div>
      <div className="mt-2 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        Less
        {LEVEL_CLASS.map((c) => (
          <span key={c} className={`inline-block h-[11px] w-[11px] rounded-sm ${c}`} />
        ))}
        More
      </div>
    </div>
  );
}
