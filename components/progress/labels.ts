// Short labels for weeks on chart axes and in tables.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-11-30" → "30 Nov". */
export function shortDate(iso: string): string {
  const [, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]}`;
}

/**
 * A 0-10 score with one or two decimals as needed: 6 → "6.0", 6.25 → "6.25", 6.125 → "6.13".
 * The same text as Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 })
 * for scores (the number's shortest decimal rounded half away from zero), by string work: in a
 * browser the first Intl formatter a page builds costs 30-50 ms of ICU set-up, the dashboard's
 * largest single script cost at start-up (decision 0025, Session 13).
 */
export function fmtScore(v: number | null): string {
  if (v === null) return "–";
  if (!Number.isFinite(v)) return String(v);
  const shortest = String(Math.abs(v));
  // Below 1e-6 the shortest form is exponential; such a score shows as 0.0.
  const [whole, fraction = ""] = shortest.includes("e") ? ["0", ""] : shortest.split(".");
  let hundredths = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, "0"));
  if (fraction.length > 2 && fraction[2]! >= "5") hundredths += 1;
  const w = Math.floor(hundredths / 100);
  const f = String(hundredths % 100).padStart(2, "0");
  const sign = v < 0 || Object.is(v, -0) ? "-" : "";
  return `${sign}${w}.${f.endsWith("0") ? f[0] : f}`;
}

/** Whole minutes as "45 min" or "2 h 5 min"; some practice that rounds to 0 is "< 1 min". */
export function minutesText(minutes: number, practised = false): string {
  if (minutes === 0 && practised) return "< 1 min";
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
