"use client";
import { useEffect, useMemo, useRef } from "react";
import { type CalendarDays, calendarColumns, calendarHtml } from "./markup";

/**
 * Sizes, gaps and the colour of each level (data-l="0".."4"), set once on the container: the
 * cells carry only their date and level (markup.ts), the legend's squares their level.
 */
const calendarClass =
  "[&_[data-l]]:h-[11px] [&_[data-l]]:w-[11px] [&_[data-l]]:rounded-sm " +
  "[&_[data-l='0']]:bg-slate-100 [&_[data-l='1']]:bg-indigo-200 [&_[data-l='2']]:bg-indigo-400 [&_[data-l='3']]:bg-indigo-600 [&_[data-l='4']]:bg-indigo-800 " +
  "dark:[&_[data-l='0']]:bg-slate-800 dark:[&_[data-l='1']]:bg-indigo-900 dark:[&_[data-l='2']]:bg-indigo-700 dark:[&_[data-l='3']]:bg-indigo-500 dark:[&_[data-l='4']]:bg-indigo-300";
// Seven rows of 11 px cells 3 px apart: 95 px, reserved before the cells are built so nothing moves.
// As wide as its columns (w-max), so the scroll container around it scrolls them on a phone.
const gridClass =
  "flex h-[95px] w-max gap-[3px] [content-visibility:auto] [&>div]:flex [&>div]:flex-col [&>div]:gap-[3px] [&>div>div]:h-[11px] [&>div>div]:w-[11px]";

/**
 * The activity calendar: one column per week, Monday at the top. Visual only (hidden from
 * assistive technology); the text summary and the monthly table beside it say the same. It
 * receives the days as compact data (about 1 KB a year) and builds the 371 cells as one string in
 * the browser: its only user, the dashboard's history (history.tsx), is drawn after hydration, so
 * the page's HTML does not carry the cells (~21 KB a view, a quarter of the page). The grid keeps
 * the calendar's size (issue 20, decision 0024 session 11).
 */
export function ActivityCalendar({ days }: { days: CalendarDays }) {
  const html = useMemo(() => calendarHtml(days), [days]);
  // Its ~420 cells are styled and laid out only once the grid nears the screen (it is below the
  // fold, visual only, with nothing to focus): its size while skipped is exact, so nothing moves
  // when it is drawn (decision 0025, Session 13).
  const columns = calendarColumns(days);
  // Where the year does not fit (a phone), it opens on the latest weeks, as it reads: newest right.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [columns]);
  return (
    <div aria-hidden="true" className={calendarClass}>
      {/* Only the grid scrolls: the legend stays in view beside the latest weeks. */}
      <div ref={scroller} className="overflow-x-auto pb-1">
        <div className={gridClass} style={{ containIntrinsicSize: `${columns * 14 - 3}px 95px` }} dangerouslySetInnerHTML={{ __html: html }} />
      </div>
      <div className="mt-2 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
        Less
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} data-l={l} className="inline-block" />
        ))}
        More
      </div>
    </div>
  );
}
