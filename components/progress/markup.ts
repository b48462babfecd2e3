// Static markup for the dashboard's largest blocks: the tables behind each chart (in collapsed
// <details>) and the 371-cell activity calendar. As React elements they were ~1,000 server
// components' worth of nodes that the server serialised twice (RSC payload and HTML) and the
// phone hydrated one by one; as one HTML string each they are a single prop: the same DOM for
// the user, assistive technology and tests, a fraction of the server time and nothing to
// hydrate inside (issue 20, decision 0024). Every text and attribute value is escaped here.
import { type Heatmap } from "@/lib/progress/heatmap";
import { formatDate } from "@/lib/calendar/dates";

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

/** The heatmap's colour per level (0: nothing that day … 4: the busiest). */
export const LEVEL_CLASS = [
  "bg-slate-100 dark:bg-slate-800",
  "bg-indigo-200 dark:bg-indigo-900",
  "bg-indigo-400 dark:bg-indigo-700",
  "bg-indigo-600 dark:bg-indigo-500",
  "bg-indigo-800 dark:bg-indigo-300",
] as const;

/**
 * The activity calendar's cells: one column per week, Monday at the top, a day after today
 * left empty; each day says its date and count on hover. Sizes and gaps come from the
 * container's classes (ActivityHeatmap), so each cell carries only its colour.
 */
export function heatmapHtml(heatmap: Heatmap): string {
  return heatmap.weeks
    .map(
      (w) =>
        `<div>${w.days
          .map((d) => (d ? `<div title="${escapeHtml(`${formatDate(d.date)}: ${d.count} ${d.count === 1 ? "activity" : "activities"}`)}" class="${LEVEL_CLASS[d.level]}"></div>` : "<div></div>"))
          .join("")}</div>`,
    )
    .join("");
}

/**
 * `render(source)` once per source object: the dashboard's sections come frozen from the
 * per-user cache (lib/progress/cache.ts), the same object for as long as the figures stay the
 * same, so markup built from one is reused exactly as long as it is right. `variant` names
 * whatever else the markup depends on (e.g. the score series shown).
 */
const memo = new WeakMap<object, Map<string, string>>();
export function markupOf(source: object, variant: string, render: () => string): string {
  // Only frozen (cached, so unchangeable) sources: anything else is rendered each time.
  if (!Object.isFrozen(source)) return render();
  let bySource = memo.get(source);
  if (!bySource) memo.set(source, (bySource = new Map()));
  let html = bySource.get(variant);
  if (html === undefined) bySource.set(variant, (html = render()));
  return html;
}
