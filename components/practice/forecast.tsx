"use client";
import { whenNearScreen } from "@/components/charts/lazy-chart";
import { DataTable } from "@/components/ui/data-table";

// Loaded when it comes near the screen (components/charts/lazy-chart.tsx): recharts is not
// fetched or run at the practice page's start-up. 200 px: forecast-chart.tsx's height.
const ForecastChart = whenNearScreen(() => import("./forecast-chart"), () => 200);

const label = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });

/** The 14-day review forecast: a lazily loaded bar chart, with the same numbers as a table. */
export function ReviewForecast({ days }: { days: { date: string; count: number }[] }) {
  const data = days.map((d, i) => ({ ...d, label: i === 0 ? "Today" : label(d.date) }));
  return (
    <div>
      <div aria-hidden="true" className="text-slate-700 dark:text-slate-300">
        <ForecastChart days={data} />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">Forecast as a table</summary>
        <div className="mt-2">
          <DataTable
            caption="Questions due for review on each of the next 14 days"
            label="Review forecast"
            rows={data}
            rowKey={(d) => d.date}
            columns={[
              { header: "Day", cell: (d) => `${d.label} (${d.date})` },
              { header: "Questions due", align: "right", cell: (d) => d.count, sort: (d) => d.count },
            ]}
          />
        </div>
      </details>
    </div>
  );
}
