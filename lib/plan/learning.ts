import "server-only";
import { db } from "@/lib/server/db";
import { badRequest, notFound } from "@/lib/server/errors";
import { type LearningCategory, MONTHLY_TARGET_MINUTES } from "./content";
import { addYears, dayNumber, fromDate, monthOf, monthRange, toDate } from "@/lib/calendar/dates";
import {
  MINUTES_PER_DAY,
  exceedsDay,
  formatHours,
  hoursToMinutes,
  monthlyLearning,
  type LearningRow,
} from "./learning-totals";
import { type LearningEntryInput } from "./schema";
import { userToday } from "@/lib/calendar/today";
import type { LearningEntry, LearningOverview } from "./types";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

const entrySelect = {
  id: true,
  date: true,
  category: true,
  minutes: true,
  note: true,
  createdAt: true,
} as const;

function present(row: {
  id: string;
  date: Date;
  category: LearningCategory;
  minutes: number;
  note: string;
  createdAt: Date;
}): LearningEntry {
  return { ...row, date: fromDate(row.date), createdAt: row.createdAt.toISOString() };
}

/** Monthly totals for the last `months` months (current month last), all-time totals and recent entries. */
export async function getLearningOverview(userId: string, months = 12): Promise<LearningOverview> {
  const today = await userToday(userId);
  const range = monthRange(monthOf(today), months);
  const from = toDate(`${range[0]}-01`);
  // Sums per day and category in SQL; the pure rule buckets them into months.
  const [daily, totals, recent] = await Promise.all([
    db.learningEntry.groupBy({
      by: ["date", "category"],
      where: { userId, date: { gte: from } },
      _sum: { minutes: true },
    }),
    db.learningEntry.groupBy({ by: ["category"], where: { userId }, _sum: { minutes: true } }),
    db.learningEntry.findMany({
      where: { userId },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      take: 50,
      select: entrySelect,
    }),
  ]);
  const rows: LearningRow[] = daily.map((d) => ({
    date: fromDate(d.date),
    category: d.category,
    minutes: d._sum.minutes ?? 0,
  }));
  const monthly = monthlyLearning(rows, range, MONTHLY_TARGET_MINUTES);
  return {
    today,
    currentMonth: monthly[monthly.length - 1]!,
    months: monthly,
    totalsByCategory: (["TECHNICAL", "SOFT_SKILLS", "INDUSTRY"] as const).map((category) => ({
      category,
      minutes: totals.find((t) => t.category === category)?._sum.minutes ?? 0,
    })),
    recent: recent.map(present),
  };
}

/** Logs time spent learning. A day holds at most 24 hours across all entries. */
export async function addLearningEntry(userId: string, input: LearningEntryInput): Promise<LearningEntry> {
  const today = await userToday(userId);
  const earliest = addYears(today, -5);
  if (dayNumber(input.date) > dayNumber(today)) {
    throw badRequest(FIX_FIELDS_MESSAGE, {
      date: `Log time up to today (${today}), not in the future.`,
    });
  }
  if (dayNumber(input.date) < dayNumber(earliest)) {
    throw badRequest(FIX_FIELDS_MESSAGE, { date: `Log time from ${earliest} onwards.` });
  }
  const minutes = hoursToMinutes(input.hours);
  const row = await db.$transaction(async (tx) => {
    // One writer per user at a time, so two tabs cannot together pass the 24-hour limit.
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`learning:${userId}`}))`;
    const logged = await tx.learningEntry.aggregate({
      where: { userId, date: toDate(input.date) },
      _sum: { minutes: true },
    });
    const already = logged._sum.minutes ?? 0;
    if (exceedsDay(already, minutes)) {
      throw badRequest(FIX_FIELDS_MESSAGE, {
        hours: `A day has 24 hours and ${formatHours(already)} h are already logged on ${input.date}; enter at most ${formatHours(MINUTES_PER_DAY - already)} h.`,
      });
    }
    return tx.learningEntry.create({
      data: { userId, date: toDate(input.date), category: input.category, minutes, note: input.note },
      select: entrySelect,
    });
  });
  return present(row);
}

export async function deleteLearningEntry(userId: string, entryId: string) {
  const result = await db.learningEntry.deleteMany({ where: { id: entryId, userId } });
  if (result.count === 0) throw notFound("There is no such learning entry.");
  return { deleted: entryId };
}

/** Every entry, oldest first (for the data export). */
export async function listAllLearningEntries(userId: string): Promise<LearningEntry[]> {
  const rows = await db.learningEntry.findMany({
    where: { userId },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    select: entrySelect,
  });
  return rows.map(present);
}
