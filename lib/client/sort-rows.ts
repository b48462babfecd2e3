// Pure sorting for tables (components/ui/data-table.tsx): numbers by value, strings by locale
// compare, empty values (null, undefined, NaN, "") last in either direction, ties kept in order.

export type SortValue = number | string | null | undefined;
export type SortDirection = "asc" | "desc";

const collators = new Map<string, Intl.Collator>();
function collator(locale: string) {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
    collators.set(locale, c);
  }
  return c;
}

function isEmpty(v: SortValue): v is null | undefined {
  return v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));
}

/**
 * Compares two cell values in one direction. Empty values go last whatever the direction;
 * a number sorts before a string (a column should hold one kind).
 */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection, locale = "en"): number {
  const ea = isEmpty(a);
  const eb = isEmpty(b);
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  let c: number;
  if (typeof a === "number" && typeof b === "number") c = a === b ? 0 : a < b ? -1 : 1;
  else if (typeof a === "string" && typeof b === "string") c = collator(locale).compare(a, b);
  else c = typeof a === "number" ? -1 : 1;
  return direction === "asc" ? c : -c;
}

/** A sorted copy of `rows` by `value(row)`; rows with equal values keep their order (stable). */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  direction: SortDirection,
  locale = "en",
): T[] {
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((x, y) => compareSortValues(x.v, y.v, direction, locale) || x.index - y.index)
    .map((x) => x.row);
}

/** The next direction when a header is activated: a new column starts ascending, the same one flips. */
export function nextSort(
  current: { column: number; direction: SortDirection } | null,
  column: number,
): { column: number; direction: SortDirection } {
  if (current?.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  return { column, direction: "asc" };
}
