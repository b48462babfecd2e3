import { DataTable } from "@/components/ui/data-table";
import { labelledForecast } from "@/lib/practice/forecast";
import { LazyForecastChart } from "./lazy-forecast-chart";

/**
 * The 14-day review forecast: a lazily loaded bar chart, with the same numbers as a table. A server
 * component: the labels and the table are made on the server; only the chart box is a client part.
 */
export function ReviewForecast({ days }: { days: { date: string; count: number }[] }) {
  const data = labelledForecast(days);
  return (
    <div>
      <div aria-hidden="true" className="text-slate-700 dark:text-slate-300">
        <LazyForecastChart days={data} />
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
