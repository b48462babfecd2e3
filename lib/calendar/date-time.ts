/** A moment as the user reads it in their own time zone: "6 Dec 2026, 01:45 GMT-5". */
export function formatDateTimeIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
