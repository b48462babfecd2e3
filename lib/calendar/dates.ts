// Calendar-date arithmetic on "YYYY-MM-DD" strings (no time of day, no time zone drift).
// Pure functions, no I/O.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Days since 1970-01-01. */
export function dayNumber(s: string): number {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(s: string, days: number): string {
  return fromDayNumber(dayNumber(s) + days);
}

/** Same day `years` later; 29 February becomes 28 February in a year without it. */
export function addYears(s: string, years: number): string {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

// One formatter per time zone, built on first use: constructing an Intl.DateTimeFormat costs far
// more than formatting with one (todayIn was 1.5 % of the dashboard's server CPU, issue 20).
// Only zones the constructor accepted are kept, at most DAY_FORMATS_MAX (spellings of a zone differ
// in case: the map starts over rather than grow).
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();
const DAY_FORMATS_MAX = 1000;

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = DAY_FORMATS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (DAY_FORMATS.size >= DAY_FORMATS_MAX) DAY_FORMATS.clear();
    DAY_FORMATS.set(timeZone, f);
  }
  return f;
}

/** Today's calendar date in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = dayFormat(timeZone).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** "YYYY-MM" of a date. */
export function monthOf(s: string): string {
  return s.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** `count` consecutive months ending with `lastMonth`, oldest first. */
export function monthRange(lastMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(lastMonth, i - count + 1));
}

export function toDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function fromDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-30" → "30 Nov 2026". */
export function formatDate(s: string): string {
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A moment's UTC day: "2026-12-07T09:05:00.000Z" → "7 Dec 2026". Plain string work, no Intl: in a
 * browser the first Intl formatter a page builds costs 30-50 ms (ICU's data), decision 0025.
 */
export function formatUtcDay(iso: string): string {
  return formatDate(new Date(iso).toISOString().slice(0, 10));
}

/** A moment in UTC to the minute: "2026-12-07T09:05:00.000Z" → "7 Dec 2026, 09:05 UTC". */
export function formatUtcDateTime(iso: string): string {
  const z = new Date(iso).toISOString();
  return `${formatDate(z.slice(0, 10))}, ${z.slice(11, 16)} UTC`;
}

/** "2026-11" → "Nov 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}
