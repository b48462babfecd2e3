"use client";
import { type ComponentProps, useCallback, useMemo } from "react";
import { type FocusAreasData, type WeeklyTimeData, focusAreaBars, focusAreaRows, weeklyTimeBars, weeklyTimeRows } from "./bar-data";
import { ChartTable } from "./chart-table";
import { LazyBarChart } from "./lazy-charts";

const AREA_HEAD = ["Focus area", "Answers", "Scored", "Mean score"];
const TIME_HEAD = ["Week of", "Minutes", "Answers"];

/** A bar chart (hidden from assistive technology) and the table behind it, the chart's text alternative. */
function BarsAndTable({ figure, chart, table }: { figure: string; chart: ComponentProps<typeof LazyBarChart>; table: ComponentProps<typeof ChartTable> }) {
  return (
    <>
      <figure aria-label={figure}>
        <div aria-hidden="true">
          <LazyBarChart {...chart} />
        </div>
      </figure>
      <ChartTable {...table} />
    </>
  );
}

/**
 * The focus areas' bar chart and the table behind it, from one copy of the numbers (bar-data.ts):
 * the bars are derived here (the chart itself loads near the screen), the rows when the table's
 * <details> is opened.
 */
export function FocusAreaBars({ data }: { data: FocusAreasData }) {
  const bars = useMemo(() => focusAreaBars(data), [data]);
  const rows = useCallback(() => focusAreaRows(data), [data]);
  return (
    <BarsAndTable
      figure="Bar chart of submitted answers per focus area; the same numbers are in the table below it."
      chart={{ horizontal: true, height: 430, name: "Answers", data: bars }}
      table={{ summary: "Attempts by focus area as a table", caption: "Submitted answers, scored answers and mean score per focus area", head: AREA_HEAD, rows }}
    />
  );
}

/** Minutes practised per week: the bar chart and the table behind it, from one copy of the numbers. */
export function WeeklyTimeBars({ data }: { data: WeeklyTimeData }) {
  const bars = useMemo(() => weeklyTimeBars(data), [data]);
  const rows = useCallback(() => weeklyTimeRows(data), [data]);
  return (
    <BarsAndTable
      figure="Bar chart of minutes practised per week; the same numbers are in the table below it."
      chart={{ name: "Minutes", data: bars }}
      table={{ summary: "Time per week as a table", caption: "Minutes practised and answers submitted per week", head: TIME_HEAD, rows }}
    />
  );
}
