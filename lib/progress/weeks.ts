// Calendar weeks (Monday to Sunday) on "YYYY-MM-DD" dates. Pure.
import { addDays, dayNumber } from "@/lib/calendar/dates";

/** Monday of the week of `date` (1970-01-01 was a Thursday: day 0 → weekday index 3). */
export function weekStart(date: string): string {
  const n = dayNumber(date);
  const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  return addDays(date, -weekday);
}

/** The Mondays of the `count` weeks ending with the week of `today`, oldest first. */
export function weekStarts(today: string, count: number): string[] {
  const last = weekStart(today);
  return Array.from({ length: count }, (_, i) => addDays(last, (i - count + 1) * 7));
}

/** `num / den` rounded to 2 decimals (half away from zero for the non-negative values used here); null when den is 0. */
export function ratio2(num: number, den: number): number | null {
  if (den === 0) return null;
  return Math.round((num * 100) / den) / 100;
}
