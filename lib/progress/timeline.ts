// The guide's 6-8 week preparation plan laid out before the profile's interview date. Pure.
import { addDays, dayNumber } from "@/lib/plan/dates";
import { PLAN_DAYS, PREPARATION_PHASES } from "./data/timeline";

export type PhaseStatus = "done" | "missed" | "past" | "current" | "upcoming";

export type TimelinePhase = {
  key: string;
  title: string;
  advice: string;
  weeks: string;
  start: string;
  end: string;
  status: PhaseStatus;
  /** Practice attempts in the phase's focus areas since the plan started; null for a phase practice does not track. */
  practised: number | null;
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
      /** Past phases that practice tracks but that saw no practice. */
      catchUp: TimelinePhase[];
      message: string;
    };

/**
 * `practised` maps a phase key to the number of attempts in its focus areas since the plan
 * started (attempts before the plan do not count). A past phase with practice is done, a past
 * tracked phase without any is missed, an untracked past phase is just past.
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
    const tracked = p.focusAreas.length > 0;
    const count = tracked ? (practised[p.key] ?? 0) : null;
    const status: PhaseStatus =
      end < today ? (!tracked ? "past" : count! > 0 ? "done" : "missed") : start <= today ? "current" : "upcoming";
    return { key: p.key, title: p.title, advice: p.advice, weeks: `Weeks ${p.firstWeek}-${p.lastWeek}`, start, end, status, practised: count, action: p.action };
  });
  const catchUp = phases.filter((p) => p.status === "missed");
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
  const behind = catchUp.length ? ` You have not practised for: ${catchUp.map((p) => p.title.toLowerCase()).join("; ")} — fit some in.` : "";
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
