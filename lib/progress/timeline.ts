// The guide's 6-8 week preparation plan laid out before the profile's interview date. Pure.
import { addDays, dayNumber } from "@/lib/calendar/dates";
import { PLAN_DAYS, PREPARATION_PHASES } from "./data/timeline";

export type PhaseStatus = "done" | "behind" | "missed" | "current" | "upcoming";

export type TimelinePhase = {
  key: string;
  title: string;
  advice: string;
  weeks: string;
  start: string;
  end: string;
  status: PhaseStatus;
  /** What the phase counts: answers in its focus areas, or finished mock interviews. */
  measure: "answers" | "mocks";
  /** How many of those since the plan started, and how many make the phase done. */
  practised: number;
  target: number;
  action: { label: string; href: string };
};

export type Timeline =
  | { state: "no-date"; message: string }
  | { state: "passed"; interviewOn: string; daysSince: number; message: string }
  | {
      state: "not-started" | "in-plan" | "interview-today";
      interviewOn: string;
      planStart: string;
      daysLeft: number;
      /** Week 1-8 of the plan today; null before it starts and on the interview day. */
      currentWeek: number | null;
      phases: TimelinePhase[];
      /** The phase to work on now (or first, before the plan starts). */
      next: TimelinePhase | null;
      /** Past phases short of their target (missed or behind). */
      catchUp: TimelinePhase[];
      message: string;
    };

/**
 * `practised` maps a phase key to its count since the plan started (answers in its focus
 * areas, or finished mock interviews; work before the plan does not count). A past phase that
 * reached its target is done, one with some work but short of it is behind, one with none is
 * missed.
 */
export function preparationTimeline(interviewOn: string | null, today: string, practised: Readonly<Record<string, number>>): Timeline {
  if (!interviewOn) {
    return { state: "no-date", message: "Add your next interview date to your profile to get the guide's week-by-week plan." };
  }
  const daysLeft = dayNumber(interviewOn) - dayNumber(today);
  if (daysLeft < 0) {
    return {
      state: "passed",
      interviewOn,
      daysSince: -daysLeft,
      message: "Your interview date has passed. Note what challenged you in the journal, then add your next interview date to your profile.",
    };
  }
  const planStart = addDays(interviewOn, -PLAN_DAYS);
  const phases = PREPARATION_PHASES.map((p): TimelinePhase => {
    const start = addDays(planStart, (p.firstWeek - 1) * 7);
    const end = addDays(planStart, p.lastWeek * 7 - 1);
    const count = practised[p.key] ?? 0;
    const target = p.measure.kind === "mocks" ? p.measure.target : 1;
    const status: PhaseStatus =
      end < today ? (count >= target ? "done" : count > 0 ? "behind" : "missed") : start <= today ? "current" : "upcoming";
    const weeks = `Weeks ${p.firstWeek}-${p.lastWeek}`;
    return { key: p.key, title: p.title, advice: p.advice, weeks, start, end, status, measure: p.measure.kind, practised: count, target, action: p.action };
  });
  const catchUp = phases.filter((p) => p.status === "missed" || p.status === "behind");
  if (daysLeft === 0) {
    return { state: "interview-today", interviewOn, planStart, daysLeft, currentWeek: null, phases, next: null, catchUp, message: "Your interview is today: think out loud, ask clarifying questions and good luck." };
  }
  if (today < planStart) {
    return {
      state: "not-started",
      interviewOn,
      planStart,
      daysLeft,
      currentWeek: null,
      phases,
      next: phases[0]!,
      catchUp,
      message: `Your 8-week plan starts on ${planStart}. Until then, practise at your own pace and record a self-assessment as a baseline.`,
    };
  }
  const currentWeek = Math.floor((dayNumber(today) - dayNumber(planStart)) / 7) + 1;
  const next = phases.find((p) => p.status === "current")!;
  const missed = catchUp.filter((p) => p.status === "missed");
  const short = catchUp.filter((p) => p.status === "behind");
  const behind =
    (missed.length ? ` You have not practised for: ${missed.map((p) => p.title.toLowerCase()).join("; ")} — fit some in.` : "") +
    short.map((p) => ` ${p.title}: ${progressText(p)} — fit more in.`).join("");
  return {
    state: "in-plan",
    interviewOn,
    planStart,
    daysLeft,
    currentWeek,
    phases,
    next,
    catchUp,
    message: `Week ${currentWeek} of 8: ${next.title.toLowerCase()}.${behind}`,
  };
}

/** "3 answers", "1 of 2 mock interviews". */
export function progressText(p: Pick<TimelinePhase, "measure" | "practised" | "target">): string {
  if (p.measure === "mocks") return `${p.practised} of ${p.target} mock interview${p.target === 1 ? "" : "s"}`;
  return `${p.practised} answer${p.practised === 1 ? "" : "s"}`;
}
