// Activity streaks on calendar days in the user's time zone. Pure.
import { dayNumber, fromDayNumber, todayIn } from "@/lib/calendar/dates";

/** The calendar day of an instant in an IANA time zone. */
export function localDay(at: Date, timeZone: string): string {
  return todayIn(timeZone, at);
}

type Streak = {
  /** Consecutive active days ending today, or ending yesterday while today has no activity yet. */
  current: number;
  longest: number;
  activeToday: boolean;
  lastActiveOn: string | null;
};

/** Streaks from the days with activity (any order, duplicates allowed); days after `today` are ignored. */
export function streakOf(days: readonly string[], today: string): Streak {
  const end = dayNumber(today);
  const nums = [...new Set(days.map(dayNumber))].filter((n) => n <= end).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < nums.length; i++) {
    run = i > 0 && nums[i] === nums[i - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = nums.at(-1);
  const activeToday = last === end;
  // The run that ends at the last active day is alive if that day is today or yesterday.
  const current = last !== undefined && end - last <= 1 ? run : 0;
  return {
    current,
    longest,
    activeToday,
    lastActiveOn: last === undefined ? null : fromDayNumber(last),
  };
}
