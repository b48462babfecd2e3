"use client";

import { clsx } from "clsx";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { nextSort, type SortDirection, sortRows, type SortValue } from "@/lib/client/sort-rows";

/** A column as the client table receives it (serialisable: a server page may render DataTable). */
export type ColumnSpec = {
  header: string;
  hideHeader?: boolean;
  title?: string;
  sortable: boolean;
  align?: "right";
  rowHeader?: boolean;
  className?: string;
};

export type RowSpec = {
  key: string;
  cells: ReactNode[];
  values: SortValue[];
  detail?: ReactNode;
  className?: string;
};

type InitialSort = { column: number; direction: SortDirection } | null;

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * The rendering half of DataTable: header buttons sort (click, Enter or Space; aria-sort on the
 * sorted column), and on a narrow screen the table scrolls sideways inside a focusable region
 * with a visible "scroll sideways" hint whenever it is wider than the screen.
 */
export function SortableTable({
  caption,
  label,
  showCaption,
  columns,
  rows,
  initialSort,
  footer,
}: {
  caption: string;
  label?: string;
  showCaption?: boolean;
  columns: ColumnSpec[];
  rows: RowSpec[];
  initialSort: InitialSort;
  footer?: ReactNode[];
}) {
  const [sort, setSort] = useState<InitialSort>(initialSort);
  const sorted = sort ? sortRows(rows, (r) => r.values[sort.column], sort.direction) : rows;
  const region = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const hintId = useId();

  useEffect(() => {
    const el = region.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    // No measure() here: reading scrollWidth in the effect forced a style and layout pass of the
    // whole page at start-up (171 ms of the mock report's main thread in a Lighthouse trace, decision
    // 0025). The observer calls measure() once after the next layout anyway, when reading is free.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  const withDetail = rows.some((r) => r.detail !== undefined && r.detail !== null && r.detail !== false);
  const cellClass = (c: ColumnSpec, last: boolean) =>
    clsx("py-2", !last && "pr-3", c.align === "right" ? "text-right tabular-nums" : "text-left", c.className);

  const renderRow = (r: RowSpec) => (
    <tr key={r.key} className={clsx(!withDetail && "border-t border-slate-200 dark:border-slate-800", r.className)}>
      {columns.map((c, i) =>
        c.rowHeader ? (
          <th key={i} scope="row" className={clsx(cellClass(c, i === columns.length - 1), "font-medium")}>
            {r.cells[i]}
          </th>
        ) : (
          <td key={i} className={cellClass(c, i === columns.length - 1)}>
            {r.cells[i]}
          </td>
        ),
      )}
    </tr>
  );

  return (
    // contain: inline-size keeps a wide table from widening its grid or flex parent (and the page):
    // it scrolls inside its region instead.
    <div className="w-full [contain:inline-size]">
      {overflows && (
        <p id={hintId} className="mb-1 text-xs text-slate-600 dark:text-slate-400">
          Scroll sideways to see every column <span aria-hidden="true">→</span>
        </p>
      )}
      <div
        ref={region}
        role="region"
        aria-label={label ?? caption}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={0}
        // relative: the cells' visually hidden (absolute) labels are laid out inside the region and
        // scroll with it; without it they escaped to the page and widened it on a phone.
        className="relative overflow-x-auto"
      >
        <table className="w-full text-sm">
          <caption className={showCaption ? "mb-2 text-left font-medium" : "sr-only"}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => {
                const active = sort?.column === i ? sort.direction : null;
                return (
                  <th
                    key={i}
                    scope="col"
                    title={c.title}
                    aria-sort={active ? ARIA_SORT[active] : undefined}
                    className={clsx(cellClass(c, i === columns.length - 1), "font-semibold whitespace-nowrap")}
                  >
                    {c.sortable ? (
                      <button
                        type="button"
                        onClick={() => setSort(nextSort(sort, i))}
                        className="inline-flex items-center gap-1 rounded hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:text-indigo-300"
                      >
                        {c.header}
                        <span aria-hidden="true" className={clsx("text-xs", !active && "text-slate-400")}>
                          {active === "asc" ? "▲" : active === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : c.hideHeader ? (
                      <span className="sr-only">{c.header}</span>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          {withDetail ? (
            sorted.map((r) => (
              <tbody key={r.key} className="border-t border-slate-200 dark:border-slate-800">
                {renderRow(r)}
                {r.detail ? (
                  <tr>
                    <td colSpan={columns.length} className="pb-2 text-slate-600 dark:text-slate-300">
                      {r.detail}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            ))
          ) : (
            <tbody>{sorted.map(renderRow)}</tbody>
          )}
          {footer && (
            <tfoot className="border-t border-slate-200 font-semibold dark:border-slate-800">
              <tr>
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className={cellClass(c, i === columns.length - 1)}>
                      {footer[i]}
                    </th>
                  ) : (
                    <td key={i} className={cellClass(c, i === columns.length - 1)}>
                      {footer[i]}
                    </td>
                  ),
                )}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
