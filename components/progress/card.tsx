import { type ReactNode } from "react";

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

/** A table shown on demand: the text alternative of a chart. */
export function DataTable({ summary, caption, head, rows }: { summary: string; caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">{summary}</summary>
      <div role="region" aria-label={caption} tabIndex={0} className="mt-2 max-h-80 overflow-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col" className="py-1 pr-3 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                {r.map((c, j) => (
                  <td key={j} className="py-1 pr-3 tabular-nums">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
