// Static markup for the dashboard's largest blocks: the tables behind each chart (in collapsed
// <details>) and the 371-cell activity calendar, as one HTML string each: the same DOM for the
// user, assistive technology and tests, but one prop where React saw hundreds of elements, and
// nothing to hydrate inside (issue 20, decision 0024). Every text and attribute value is escaped
// here. Both strings are built by client components from compact data (calendar.tsx,
// chart-table.tsx): whatever a server component renders is sent twice, once as HTML and once in
// the RSC payload inlined for hydration, so the server sends the data once and the markup is
// built from it (the tables when opened; the calendar in the browser only, after hydration).
import { addDays, formatDate } from "@/lib/calendar/dates";
import { type Heatmap } from "@/lib/progress/heatmap";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Text or an attribute value, safe inside HTML (the five characters React escapes too). */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A data table: caption (visually hidden), a header row of column headers, one row per entry. */
export function tableHtml(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
  return `<caption class="sr-only">${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody>`;
}

/**
 * The activity calendar as the browser receives it: the Monday of its first week, then every day
 * up to today in order, as its count and its level (0: nothing that day … 4: the busiest; one
 * digit a day). About 1 KB for a year, where the cells' markup is about 20 KB.
 */
export type CalendarDays = { start: string; counts: number[]; levels: string };

/** The heatmap's days as CalendarDays (its days after today, all at the end, are left out). */
export function calendarDays(heatmap: Heatmap): CalendarDays {
  const days = heatmap.weeks.flatMap((w) => w.days).filter((d) => d !== null);
  return { start: heatmap.weeks[0]?.start ?? "", counts: days.map((d) => d.count), levels: days.map((d) => d.level).join("") };
}

/** The activity calendar's columns: one per week, the last one partly empty until Sunday. */
export const calendarColumns = (days: CalendarDays): number => Math.ceil(days.counts.length / 7);

/**
 * The activity calendar's cells: one column per week, Monday at the top, a day after today left
 * empty; each day says its date and count on hover and its level in `data-l` (the colour comes
 * from the container's classes, calendar.tsx, as do sizes and gaps).
 */
export function calendarHtml(days: CalendarDays): string {
  const { start, counts, levels } = days;
  const cells = calendarColumns(days) * 7;
  let html = "";
  for (let i = 0; i < cells; i++) {
    if (i % 7 === 0) html += "<div>";
    const count = counts[i];
    html +=
      count === undefined
        ? "<div></div>"
        : `<div title="${escapeHtml(`${formatDate(addDays(start, i))}: ${count} ${count === 1 ? "activity" : "activities"}`)}" data-l="${escapeHtml(levels[i] ?? "0")}"></div>`;
    if (i % 7 === 6) html += "</div>";
  }
  return html;
}

/**
 * `compute()` once per source object: the dashboard's sections come frozen from the per-user
 * cache (lib/progress/cache.ts), the same object for as long as the figures stay the same, so
 * what is derived from one is reused exactly as long as it is right. `variant` names whatever
 * else the result depends on (e.g. the score series shown).
 */
const memo = new WeakMap<object, Map<string, unknown>>();
export function memoOf<T>(source: object, variant: string, compute: () => T): T {
  // Only frozen (cached, so unchangeable) sources: anything else is computed each time.
  if (!Object.isFrozen(source)) return compute();
  let bySource = memo.get(source);
  if (!bySource) memo.set(source, (bySource = new Map()));
  if (!bySource.has(variant)) bySource.set(variant, compute());
  return bySource.get(variant) as T;
}
