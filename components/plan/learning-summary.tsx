// Server-rendered learning summaries: the current month's bars and the monthly table.
import { ProgressBar } from "@/components/ui/progress-bar";
import { learningCategoryName } from "@/lib/plan/content";
import { formatMonth } from "@/lib/calendar/dates";
import { formatHours, type MonthTotals } from "@/lib/plan/learning-totals";
import { ScrollArea } from "@/components/ui/scroll-area";

export function MonthProgress({ month }: { month: MonthTotals }) {
  return (
    <ul className="space-y-3" aria-label={`Learning in ${formatMonth(month.month)}`}>
      {month.categories.map((c) => {
        const name = learningCategoryName(c.category);
        const text = `${formatHours(c.minutes)} of ${formatHours(c.targetMinutes)} h`;
        return (
          <li key={c.category}>
            <div className="mb-1 flex justify-between text-sm">
              <span className="font-medium">{name}</span>
              <span className="tabular-nums">
                {text}
                {c.met ? " · target met" : ""}
              </span>
            </div>
            <ProgressBar
              label={`${name} this month`}
              value={c.minutes}
              max={c.targetMinutes}
              valueText={text}
              tone={c.met ? "green" : "indigo"}
            />
          </li>
        );
      })}
    </ul>
  );
}

export function MonthlyTable({ months, caption }: { months: MonthTotals[]; caption: string }) {
  return (
    <ScrollArea label="Hours by month table">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">{caption}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Month
            </th>
            {months[0]?.categories.map((c) => (
              <th key={c.category} scope="col" className="py-2 pr-3 text-right">
                {learningCategoryName(c.category)} (target {formatHours(c.targetMinutes)} h)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...months].reverse().map((m) => (
            <tr key={m.month} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                {formatMonth(m.month)}
              </th>
              {m.categories.map((c) => (
                <td key={c.category} className="py-2 pr-3 text-right tabular-nums">
                  {formatHours(c.minutes)} h{" "}
                  <span className="text-slate-500 dark:text-slate-400">({c.percent} %)</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
