// Server-rendered learning summaries: the current month's bars and the monthly table.
import { ProgressBar } from "@/components/ui/progress-bar";
import { learningCategoryName } from "@/lib/plan/content";
import { formatMonth } from "@/lib/calendar/dates";
import { formatHours, type MonthTotals } from "@/lib/plan/learning-totals";
import { type Column, DataTable } from "@/components/ui/data-table";

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
  const columns: Column<MonthTotals>[] = [
    { header: "Month", rowHeader: true, cell: (m) => formatMonth(m.month), sort: (m) => m.month, className: "whitespace-nowrap" },
    ...(months[0]?.categories ?? []).map(
      (head, i): Column<MonthTotals> => ({
        header: `${learningCategoryName(head.category)} (target ${formatHours(head.targetMinutes)} h)`,
        align: "right",
        sort: (m) => m.categories[i]?.minutes,
        cell: (m) => {
          const c = m.categories[i];
          return c ? (
            <>
              {formatHours(c.minutes)} h <span className="text-slate-500 dark:text-slate-400">({c.percent} %)</span>
            </>
          ) : (
            "–"
          );
        },
      }),
    ),
  ];
  return (
    <DataTable
      caption={caption}
      showCaption
      label="Hours by month table"
      rows={[...months].reverse()}
      rowKey={(m) => m.month}
      columns={columns}
    />
  );
}
