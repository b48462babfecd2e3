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
