import { type ReactNode } from "react";
import { markupOf, tableHtml } from "./markup";

export const cardClass = "rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";
export const mutedText = "text-sm text-slate-600 dark:text-slate-400";
export const linkClass = "text-indigo-700 underline dark:text-indigo-300";

/** A titled dashboard section. */
export function Card({ id, title, children, className = "" }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`${cardClass} ${className}`}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Table cell styles, set once on the table: its rows arrive as one HTML string (markup.ts). */
const tableClass =
  "w-full text-left [&_th]:py-1 [&_th]:pr-3 [&_th]:font-medium [&_td]:py-1 [&_td]:pr-3 [&_td]:tabular-nums [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 dark:[&_tbody_tr]:border-slate-800";

/**
 * A table shown on demand: the text alternative of a chart. Its caption, head and rows are one
 * static HTML string (tableHtml), not an element per cell. Pass `memoKey` (a section of the
 * cached progress, with everything else the rows depend on in `variant`) to build the string
 * once per cached figures.
 */
export function DataTable({
  summary,
  caption,
  head,
  rows,
  memoKey,
}: {
  summary: string;
  caption: string;
  head: string[];
  rows: () => (string | number)[][];
  memoKey?: { source: object; variant: string };
}) {
  const render = () => tableHtml(caption, head, rows());
  const html = memoKey ? markupOf(memoKey.source, `${memoKey.variant}|${caption}|${head.join("|")}`, render) : render();
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">{summary}</summary>
      <div role="region" aria-label={caption} tabIndex={0} className="mt-2 max-h-80 overflow-auto">
        <table className={tableClass} dangerouslySetInnerHTML={{ __html: html }} />
      </div>
    </details>
  );
}
