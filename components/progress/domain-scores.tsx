"use client";
import { useCallback } from "react";
import { ChartTable } from "./chart-table";
import { type DomainScoresData, domainTableRows } from "./domain-data";
import { LazyDomainCharts } from "./lazy-charts";

/**
 * The domain charts and the table behind them, from one copy of the numbers (domain-data.ts):
 * the chart's points are derived when it loads (near the screen), the table's rows when its
 * <details> is opened; the server renders neither, only the summary line.
 */
export function DomainScores({ data, summary, caption, head }: { data: DomainScoresData; summary: string; caption: string; head: string[] }) {
  const rows = useCallback(() => domainTableRows(data), [data]);
  return (
    <>
      <figure aria-label="Line charts of each domain's weekly scores; the same numbers are in the table below them.">
        <div aria-hidden="true">
          <LazyDomainCharts data={data} />
        </div>
      </figure>
      <ChartTable summary={summary} caption={caption} head={head} rows={rows} />
    </>
  );
}
