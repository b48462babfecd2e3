// Which weeks a weekly chart shows: the data range, not the whole window. Pure.

/** A chart shows at least this many weeks (the current one last), even with one week of data or none. */
export const MIN_CHART_WEEKS = 6;

/**
 * Index of the first week to chart in a window of `hasData.length` weeks (oldest first, the
 * current week last): the first week with data, moved back so at least `minWeeks` weeks show,
 * never before the window's start. With no data the last `minWeeks` weeks show.
 */
export function chartStart(hasData: readonly boolean[], minWeeks: number = MIN_CHART_WEEKS): number {
  const first = hasData.indexOf(true);
  const latestStart = Math.max(0, hasData.length - minWeeks);
  return first === -1 ? latestStart : Math.min(first, latestStart);
}

/** The weeks of `points` a chart shows (see chartStart); `hasData` says whether a week has a value. */
export function fitWeeks<T>(points: readonly T[], hasData: (point: T) => boolean, minWeeks: number = MIN_CHART_WEEKS): T[] {
  return points.slice(chartStart(points.map(hasData), minWeeks));
}
