// Monthly learning totals against the seed's targets (technical 20 h, soft skills 10 h,
// industry knowledge 10 h a month). Pure functions, no I/O; time is kept in whole minutes.
import { type LearningCategory, LEARNING_CATEGORIES } from "./content";
import { monthOf } from "@/lib/calendar/dates";

export const MINUTES_PER_DAY = 24 * 60;

export type LearningRow = { date: string; category: LearningCategory; minutes: number };

type CategoryProgress = {
  category: LearningCategory;
  minutes: number;
  targetMinutes: number;
  /** Whole percent of the target, rounded down (so 100 means the target is met); may exceed 100. */
  percent: number;
  met: boolean;
};

export type MonthTotals = {
  month: string;
  categories: CategoryProgress[];
  minutes: number;
  targetMinutes: number;
};

export function monthlyLearning(
  rows: LearningRow[],
  months: string[],
  targets: Record<LearningCategory, number>,
): MonthTotals[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const key = `${monthOf(r.date)}|${r.category}`;
    sums.set(key, (sums.get(key) ?? 0) + r.minutes);
  }
  return months.map((month) => {
    const categories = LEARNING_CATEGORIES.map((category) => {
      const minutes = sums.get(`${month}|${category}`) ?? 0;
      const targetMinutes = targets[category];
      return {
        category,
        minutes,
        targetMinutes,
        percent: Math.floor((minutes * 100) / targetMinutes),
        met: minutes >= targetMinutes,
      };
    });
    return {
      month,
      categories,
      minutes: categories.reduce((s, c) => s + c.minutes, 0),
      targetMinutes: categories.reduce((s, c) => s + c.targetMinutes, 0),
    };
  });
}

/** Hours as entered (quarter hours) to whole minutes. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 4) * 15;
}

/** 75 → "1.25"; 1200 → "20". Minutes are multiples of 15, so the quotient is exact in binary. */
export function formatHours(minutes: number): string {
  return String(minutes / 60);
}

/** Would adding `minutes` to what is already logged that day go past 24 hours? */
export function exceedsDay(loggedThatDay: number, minutes: number): boolean {
  return loggedThatDay + minutes > MINUTES_PER_DAY;
}
