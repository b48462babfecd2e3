// Small display helpers shared by the mentoring pages.
import { formatUtcDateTime, formatUtcDay } from "@/lib/calendar/dates";

/** At most two decimals, no trailing zeros: 6, 6.5, 7.25; "–" for none. */
export const fmt2 = (x: number | null | undefined) =>
  x === null || x === undefined ? "–" : String(Math.round(x * 100) / 100);

export const signed = (x: number | null) =>
  x === null ? "–" : `${x > 0 ? "+" : x < 0 ? "−" : ""}${fmt2(Math.abs(x))}`;

/** "7 Dec 2026, 09:05 UTC". */
export const when = formatUtcDateTime;

/** "7 Dec 2026" (the UTC day). */
export const day = formatUtcDay;
