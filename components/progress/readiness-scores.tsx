"use client";
import { useCallback, useMemo } from "react";
import { ChartTable } from "./chart-table";
import { LazyReadinessChart } from "./lazy-charts";
import { type ReadinessData, readinessChartPoints, readinessTableRows } from "./readiness-data";

/**
 * The readiness chart and the table behind it, from one copy of the numbers (readiness-data.ts):
 * the chart's points are derived here (the chart itself loads near the screen), the table's rows
 * when its <details> is opened.
 */
export function ReadinessScores({ data, summary, caption, head }: { data: ReadinessData; summary: string; caption: string; head: string[] }) {
  const points = useMemo(() => readinessChartPoints(data), [data]);
  const rows = useCallback(() => readinessTableRows(data), [data]);
  return (
    <>
      <figure aria-label="Line chart of the weekly readiness score; the same numbers are in the table below it.">
        <div aria-hidden="true">
          <LazyReadinessChart series={data.series} points={points} />
        </div>
      </figure>
      <ChartTable summary={summary} caption={caption} head={head} rows={rows} />
    </>
  );
}
