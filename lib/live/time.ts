// Wall-clock time in a time zone ↔ UTC, for the schedule form: the user picks "24 Dec, 15:30"
// in their profile's time zone; the API stores the instant. Pure (Intl only).

/** The zone's offset from UTC at `instant`, in minutes (e.g. 60 for Europe/Berlin in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-12-24T15:30" (a datetime-local value) read in `timeZone` → the instant, or null when
 * the text is not such a value. A time skipped by a DST jump moves forward by the jump.
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  let guess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  // Once more with the offset at the guess (the offset may differ across a DST change).
  guess = wall - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The instant as a datetime-local value in `timeZone` ("2026-12-24T15:30"). */
export function utcToZoned(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The schedule form's first suggestion: the next whole hour, one day from `now`. */
export function suggestedStart(now: Date): Date {
  const d = new Date(now.getTime() + 86_400_000);
  d.setUTCMinutes(0, 0, 0);
  return d;
}
