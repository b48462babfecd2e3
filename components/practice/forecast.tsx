"use client";
import dynamic from "next/dynamic";

const ForecastChart = dynamic(() => import("./forecast-chart"), {
  ssr: false,
  loading: () => <p className="py-16 text-center text-sm text-slate-500 dark:text-slate-400">Loading chart…</p>,
});

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
        <table className="mt-2 text-left">
          <caption className="sr-only">Questions due for review on each of the next 14 days</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6">Day</th>
              <th scope="col">Questions due</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.date}>
                <td className="pr-6">{d.label} ({d.date})</td>
                <td className="tabular-nums">{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
