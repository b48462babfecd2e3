"use client";
import { useMemo } from "react";
import { type CalendarDays, calendarHtml, lruMemo, sameDays } from "./markup";

/**
 * Sizes, gaps and the colour of each level (data-l="0".."4"), set once on the container: the
 * cells carry only their date and level (markup.ts), the legend's squares their level.
 */
const calendarClass =
  "[&_[data-l]]:h-[11px] [&_[data-l]]:w-[11px] [&_[data-l]]:rounded-sm " +
  "[&_[data-l='0']]:bg-slate-100 [&_[data-l='1']]:bg-indigo-200 [&_[data-l='2']]:bg-indigo-400 [&_[data-l='3']]:bg-indigo-600 [&_[data-l='4']]:bg-indigo-800 " +
  "dark:[&_[data-l='0']]:bg-slate-800 dark:[&_[data-l='1']]:bg-indigo-900 dark:[&_[data-l='2']]:bg-indigo-700 dark:[&_[data-l='3']]:bg-indigo-500 dark:[&_[data-l='4']]:bg-indigo-300";
const gridClass = "flex gap-[3px] [&>div]:flex [&>div]:flex-col [&>div]:gap-[3px] [&>div>div]:h-[11px] [&>div>div]:w-[11px]";

// The server renders the same calendars over and over, from props that are new objects each time:
// their markup is kept under the key the page computed once per cached figures (calendarDays),
// and a hit is used only when its days are the same, in full (the key's digest could collide).
const markupOf = lruMemo<{ days: CalendarDays; html: string }>(200);

/**
 * The activity calendar: one column per week, Monday at the top. Visual only; the text summary
 * beside it says the same. It receives the days as compact data (about 1 KB a year) and builds
 * the 371 cells as one string, on the server for the HTML and in the browser for hydration, so
 * the cells' markup is not sent a second time in the RSC payload.
 */
export function ActivityCalendar({ days }: { days: CalendarDays }) {
  const html = useMemo(() => {
    const hit = markupOf(days.key, () => ({ days, html: calendarHtml(days) }));
    return sameDays(hit.days, days) ? hit.html : calendarHtml(days);
  }, [days]);
  return (
    <div aria-hidden="true" className={`overflow-x-auto pb-1 ${calendarClass}`}>
      <div className={gridClass} dangerouslySetInnerHTML={{ __html: html }} />
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
