import { type ReactNode } from "react";
import { type SortDirection, type SortValue } from "@/lib/client/sort-rows";
import { type ColumnSpec, type RowSpec, SortableTable } from "./sortable-table";

/** One typed column: its header, how a row shows in it, and (if sortable) the value it sorts by. */
export type Column<T> = {
  header: string;
  /** Keep the header for screen readers only (an actions column). */
  hideHeader?: boolean;
  title?: string;
  cell: (row: T) => ReactNode;
  /** Makes the column sortable: numbers by value, strings by locale, empty values last. */
  sort?: (row: T) => SortValue;
  align?: "right";
  /** Render the cell as the row's header (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
};

/**
 * The one data table: typed columns, sortable headers, a sideways-scroll region with a visible
 * hint on narrow screens. Usable from server and client components (the functions run where it
 * renders; only cells and sort values go to the browser).
 */
export function DataTable<T>({
  caption,
  label,
  showCaption,
  rows,
  columns,
  rowKey,
  detail,
  rowClassName,
  initialSort,
  footer,
}: {
  caption: string;
  /** The scroll region's name (default: the caption). */
  label?: string;
  showCaption?: boolean;
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** A full-width line under a row (e.g. its note); it moves with its row when sorted. */
  detail?: (row: T) => ReactNode;
  rowClassName?: (row: T) => string | undefined;
  /** Start sorted by this column's header; by default rows keep the order given. */
  initialSort?: { header: string; direction: SortDirection };
  /** A totals row under the body, one cell per column (the first is its row header); it never sorts. */
  footer?: ReactNode[];
}) {
  const specs: ColumnSpec[] = columns.map((c) => ({
    header: c.header,
    hideHeader: c.hideHeader,
    title: c.title,
    sortable: c.sort !== undefined,
    align: c.align,
    rowHeader: c.rowHeader,
    className: c.className,
  }));
  const specRows: RowSpec[] = rows.map((r) => ({
    key: rowKey(r),
    cells: columns.map((c) => c.cell(r)),
    values: columns.map((c) => c.sort?.(r) ?? null),
    detail: detail?.(r),
    className: rowClassName?.(r),
  }));
  const start = initialSort ? columns.findIndex((c) => c.header === initialSort.header) : -1;
  return (
    <SortableTable
      caption={caption}
      label={label}
      showCaption={showCaption}
      columns={specs}
      rows={specRows}
      initialSort={start >= 0 ? { column: start, direction: initialSort!.direction } : null}
      footer={footer}
    />
  );
}
