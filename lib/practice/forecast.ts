// The review forecast: how many questions fall due on each of the next days, in the
// user's time zone. Pure; overdue cards count on day 0 (today).

/** "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function forecast(dues: Date[], now: Date, timeZone: string, days = 14): { date: string; count: number }[] {
  const today = localDate(now, timeZone);
  const out = Array.from({ length: days }, (_, i) => ({ date: addDays(today, i), count: 0 }));
  const index = new Map(out.map((d, i) => [d.date, i]));
  for (const due of dues) {
    const day = due <= now ? today : localDate(due, timeZone);
    const i = index.get(day);
    if (i !== undefined) out[i]!.count++;
  }
  return out;
}

const DAY_LABEL = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });

/**
 * The forecast's days with the chart's axis label ("Today", then "Tue 8"), computed on the server
 * with one formatter: the browser neither formats 14 dates nor builds 14 formatters at start-up.
 */
export function labelledForecast(days: { date: string; count: number }[]): { date: string; label: string; count: number }[] {
  return days.map((d, i) => ({ ...d, label: i === 0 ? "Today" : DAY_LABEL.format(new Date(`${d.date}T00:00:00Z`)) }));
}
