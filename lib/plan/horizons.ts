// The plan's five years, its three horizons (year 1, years 2-3, years 4-5), completion per
// horizon and overdue milestones. Pure functions on calendar dates, no I/O.
import { addDays, addYears, dayNumber } from "@/lib/calendar/dates";

export const HORIZONS = [
  { id: "year1", label: "Year 1", fromYear: 0, toYear: 1 },
  { id: "years2to3", label: "Years 2-3", fromYear: 1, toYear: 3 },
  { id: "years4to5", label: "Years 4-5", fromYear: 3, toYear: 5 },
] as const;
export type HorizonId = (typeof HORIZONS)[number]["id"];

export const MILESTONE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "DROPPED"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DROPPED: "Dropped",
};

/** First and last day (both inclusive) of the plan and of each horizon. */
export function planWindow(startsOn: string) {
  const end = addDays(addYears(startsOn, 5), -1);
  const horizons = HORIZONS.map((h) => ({
    id: h.id,
    label: h.label,
    start: addYears(startsOn, h.fromYear),
    end: addDays(addYears(startsOn, h.toYear), -1),
  }));
  return { start: startsOn, end, horizons };
}

export function isWithinPlan(startsOn: string, date: string): boolean {
  const { start, end } = planWindow(startsOn);
  return dayNumber(date) >= dayNumber(start) && dayNumber(date) <= dayNumber(end);
}

export function horizonOf(startsOn: string, date: string): HorizonId | null {
  const d = dayNumber(date);
  const h = planWindow(startsOn).horizons.find((w) => d >= dayNumber(w.start) && d <= dayNumber(w.end));
  return h ? h.id : null;
}

type MilestoneLike = { targetDate: string; status: MilestoneStatus; progress: number };

/** Open (not done, not dropped) and its target date is before today. Due today is not overdue. */
export function isOverdue(m: MilestoneLike, today: string): boolean {
  return (
    (m.status === "NOT_STARTED" || m.status === "IN_PROGRESS") && dayNumber(m.targetDate) < dayNumber(today)
  );
}

/** A done milestone counts as 100 % whatever its recorded progress. */
function effectiveProgress(m: MilestoneLike): number {
  return m.status === "DONE" ? 100 : m.progress;
}

export type HorizonSummary = {
  id: HorizonId;
  label: string;
  start: string;
  end: string;
  /** Milestones that count: everything but dropped ones. */
  total: number;
  done: number;
  dropped: number;
  overdue: number;
  /** done / total in whole percent (rounded half up); null when there is nothing to complete. */
  percentDone: number | null;
  /** Mean effective progress in whole percent (rounded half up); null when total is 0. */
  averageProgress: number | null;
};

export function completionByHorizon(
  startsOn: string,
  milestones: MilestoneLike[],
  today: string,
): HorizonSummary[] {
  return planWindow(startsOn).horizons.map((h) => {
    const inside = milestones.filter((m) => horizonOf(startsOn, m.targetDate) === h.id);
    const counted = inside.filter((m) => m.status !== "DROPPED");
    const done = counted.filter((m) => m.status === "DONE").length;
    const total = counted.length;
    const progressSum = counted.reduce((sum, m) => sum + effectiveProgress(m), 0);
    return {
      ...h,
      total,
      done,
      dropped: inside.length - total,
      overdue: counted.filter((m) => isOverdue(m, today)).length,
      percentDone: total ? Math.floor((done * 100) / total + 0.5) : null,
      averageProgress: total ? Math.floor(progressSum / total + 0.5) : null,
    };
  });
}
