// Short labels for weeks on chart axes and in tables.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-30" → "30 Nov". */
export function shortDate(iso: string): string {
  const [, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}`;
}

// Built once: toLocaleString with options builds a formatter on every call (hundreds a page).
const SCORE_FORMAT = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** A 0-10 score with one or two decimals as needed: 6 → "6.0", 6.25 → "6.25". */
export const fmtScore = (v: number | null) => (v === null ? "–" : SCORE_FORMAT.format(v));

/** Whole minutes as "45 min" or "2 h 5 min"; some practice that rounds to 0 is "< 1 min". */
export function minutesText(minutes: number, practised = false): string {
  if (minutes === 0 && practised) return "< 1 min";
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
