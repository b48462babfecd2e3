// The guide's 6-8-week preparation plan fitted to the days left before the interview. Pure.
// Rules (decision 0021):
// - The plan starts on the day the interview date was set, or 8 weeks before the interview,
//   whichever is later; it always ends the day before the interview. No set day recorded: the
//   full 8 weeks before the interview.
// - 56 days or more: the guide's full plan, four phases of 14 days.
// - 42-55 days (the guide's 6-8 weeks): compressed. The days missing come off company research
//   and final preparation first (down to 7 days), then off technical fundamentals (down to 7).
// - 7-41 days: a short plan with priorities: system design and behavioural, then mock
//   interviews, then company research in the last days, sharing the days 2:2:1; technical
//   fundamentals is dropped as a phase (each mock's first session draws on the fundamentals
//   and its report shows what to revisit).
// - 1-6 days: mock interviews, then company research on the last day (1 day: research only).
// - A phase is done only on real work since the plan started: answer phases need 3 submitted
//   answers in the phase's areas per week of the phase (at least 3; 6 for a 14-day phase), the
//   mock phase 2 finished mock interviews (1 when it is shorter than a week). Never one answer.
import { addDays, dayNumber } from "@/lib/calendar/dates";
import { PLAN_DAYS, PREPARATION_PHASES } from "./data/preparation-phases";

type PhaseContent = (typeof PREPARATION_PHASES)[number];
export type PhaseStatus = "done" | "behind" | "missed" | "current" | "upcoming";
type FitKind = "full" | "compressed" | "short";

/** One phase of the fitted plan: where it starts (days after the plan's first day) and how long it is. */
type FittedPhase = { key: string; offset: number; days: number; target: number };

type PlanFit = {
  kind: FitKind;
  /** Days from the plan's first day to the interview. */
  days: number;
  phases: FittedPhase[];
  /** Phases left out of a short plan, with why. */
  dropped: { key: string; title: string; reason: string }[];
  /** What was fitted, said plainly (empty for the full plan). */
  note: string;
};

const FULL_PHASE_DAYS = 14;
const MIN_PHASE_DAYS = 7;
const FUNDAMENTALS_DROPPED =
  "each mock interview's first session asks fundamentals questions, and its report shows which areas to revisit";

function content(key: string): PhaseContent {
  return PREPARATION_PHASES.find((p) => p.key === key)!;
}

/** How much work makes a phase done: 3 answers per week of the phase (at least 3), or 2 finished mocks (1 under a week). */
export function phaseTarget(measure: "answers" | "mocks", days: number): number {
  if (measure === "mocks") return days >= MIN_PHASE_DAYS ? 2 : 1;
  return Math.max(3, Math.ceil((3 * days) / 7));
}

function lay(parts: [key: string, days: number][]): FittedPhase[] {
  let offset = 0;
  return parts.map(([key, days]) => {
    const p: FittedPhase = { key, offset, days, target: phaseTarget(content(key).measure.kind, days) };
    offset += days;
    return p;
  });
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** The guide's plan fitted to `days` (the days from the plan's first day to the interview). */
export function fitPreparationPlan(days: number): PlanFit {
  const d = Math.max(0, Math.min(days, PLAN_DAYS));
  if (d === PLAN_DAYS) {
    return { kind: "full", days: d, phases: lay(PREPARATION_PHASES.map((p) => [p.key, FULL_PHASE_DAYS])), dropped: [], note: "" };
  }
  if (d >= 6 * 7) {
    const cut = PLAN_DAYS - d;
    const researchCut = Math.min(cut, FULL_PHASE_DAYS - MIN_PHASE_DAYS);
    const fundamentalsCut = cut - researchCut;
    const phases = lay([
      ["fundamentals", FULL_PHASE_DAYS - fundamentalsCut],
      ["design-behavioural", FULL_PHASE_DAYS],
      ["mock-interviews", FULL_PHASE_DAYS],
      ["company-research", FULL_PHASE_DAYS - researchCut],
    ]);
    const shortened = phases
      .filter((p) => p.days < FULL_PHASE_DAYS)
      .reverse()
      .map((p) => `${content(p.key).title.toLowerCase()} from 14 to ${p.days} days`);
    return {
      kind: "compressed",
      days: d,
      phases,
      dropped: [],
      note: `Compressed to ${plural(d, "day")}: ${shortened.join("; ")}. System design and behavioural preparation and the mock interviews keep their two weeks each.`,
    };
  }
  if (d === 0) return { kind: "short", days: 0, phases: [], dropped: [], note: "Your interview is today: there is no plan left to fit." };
  const dropFundamentals = { key: "fundamentals", title: content("fundamentals").title, reason: FUNDAMENTALS_DROPPED };
  let phases: FittedPhase[];
  let dropped: PlanFit["dropped"];
  if (d >= MIN_PHASE_DAYS) {
    const research = Math.round(d / 5);
    const mocks = Math.round((d - research) / 2);
    phases = lay([
      ["design-behavioural", d - research - mocks],
      ["mock-interviews", mocks],
      ["company-research", research],
    ]);
    dropped = [dropFundamentals];
  } else {
    phases = lay(d === 1 ? [["company-research", 1]] : [["mock-interviews", d - 1], ["company-research", 1]]);
    dropped = [
      dropFundamentals,
      { key: "design-behavioural", title: content("design-behavioural").title, reason: "with less than a week, the mock interviews practise design and behavioural questions under the clock" },
    ];
    if (d === 1) dropped.push({ key: "mock-interviews", title: content("mock-interviews").title, reason: "one day is for research and rest, not a full mock" });
  }
  const kept = phases.map((p, i) => `${i + 1}. ${content(p.key).title} (${plural(p.days, "day")})`).join(", ");
  const left = dropped.map((x) => `${x.title.toLowerCase()} (${x.reason})`).join("; ");
  return {
    kind: "short",
    days: d,
    phases,
    dropped,
    note: `Only ${plural(d, "day")} left, less than the guide's 6 weeks: a short plan. Kept, in this order: ${kept}. Dropped: ${left}.`,
  };
}

/** The plan's first day: the day the interview date was set, or 8 weeks before the interview, whichever is later. */
export function preparationStart(interviewOn: string, setOn: string | null): string {
  const full = addDays(interviewOn, -PLAN_DAYS);
  if (!setOn) return full;
  return setOn > full ? (setOn > interviewOn ? interviewOn : setOn) : full;
}

type TimelinePhase = {
  key: string;
  title: string;
  advice: string;
  /** "Weeks 1-2", "Week 3", "Days 1-10". */
  weeks: string;
  days: number;
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
      /** Week of the plan today; null before it starts and on the interview day. */
      currentWeek: number | null;
      /** Weeks in the fitted plan (8 for the full plan). */
      planWeeks: number;
      fit: { kind: FitKind; days: number; note: string; dropped: { key: string; title: string; reason: string }[] };
      phases: TimelinePhase[];
      /** The phase to work on now (or first, before the plan starts). */
      next: TimelinePhase | null;
      /** Past phases short of their target (missed or behind). */
      catchUp: TimelinePhase[];
      message: string;
    };

function span(offset: number, days: number): string {
  if (offset % 7 === 0 && days % 7 === 0) {
    const first = offset / 7 + 1;
    const last = (offset + days) / 7;
    return first === last ? `Week ${first}` : `Weeks ${first}-${last}`;
  }
  return days === 1 ? `Day ${offset + 1}` : `Days ${offset + 1}-${offset + days}`;
}

/**
 * `practised` maps a phase key to its count since the plan started (answers in its focus
 * areas, or finished mock interviews; work before the plan does not count). A past phase that
 * reached its target is done, one with some work but short of it is behind, one with none is
 * missed. `setOn` is the day the interview date was set (null: the full 8 weeks).
 */
export function preparationTimeline(
  interviewOn: string | null,
  today: string,
  practised: Readonly<Record<string, number>>,
  setOn: string | null = null,
): Timeline {
  if (!interviewOn) {
    return { state: "no-date", message: "Add your next interview date to your profile to get the guide's week-by-week plan, fitted to the time you have." };
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
  const planStart = preparationStart(interviewOn, setOn);
  const plan = fitPreparationPlan(dayNumber(interviewOn) - dayNumber(planStart));
  const planWeeks = Math.ceil(plan.days / 7);
  const fit = { kind: plan.kind, days: plan.days, note: plan.note, dropped: plan.dropped };
  const phases = plan.phases.map((f): TimelinePhase => {
    const p = content(f.key);
    const start = addDays(planStart, f.offset);
    const end = addDays(start, f.days - 1);
    const count = practised[p.key] ?? 0;
    const status: PhaseStatus =
      end < today ? (count >= f.target ? "done" : count > 0 ? "behind" : "missed") : start <= today ? "current" : "upcoming";
    return {
      key: p.key,
      title: p.title,
      advice: p.advice,
      weeks: span(f.offset, f.days),
      days: f.days,
      start,
      end,
      status,
      measure: p.measure.kind,
      practised: count,
      target: f.target,
      action: p.action,
    };
  });
  const catchUp = phases.filter((p) => p.status === "missed" || p.status === "behind");
  const base = { interviewOn, planStart, daysLeft, planWeeks, fit, phases, catchUp };
  if (daysLeft === 0) {
    return { ...base, state: "interview-today", currentWeek: null, next: null, message: "Your interview is today: think out loud, ask clarifying questions and good luck." };
  }
  if (today < planStart) {
    return {
      ...base,
      state: "not-started",
      currentWeek: null,
      next: phases[0]!,
      message: `Your ${planWeeks}-week plan starts on ${planStart}. Until then, practise at your own pace and record a self-assessment as a baseline.`,
    };
  }
  const currentWeek = Math.floor((dayNumber(today) - dayNumber(planStart)) / 7) + 1;
  const next = phases.find((p) => p.status === "current")!;
  const missed = catchUp.filter((p) => p.status === "missed");
  const short = catchUp.filter((p) => p.status === "behind");
  const behind =
    (missed.length ? ` You have not practised for: ${missed.map((p) => p.title.toLowerCase()).join("; ")} — fit some in.` : "") +
    short.map((p) => ` ${p.title}: ${progressText(p)} — fit more in.`).join("");
  return { ...base, state: "in-plan", currentWeek, next, message: `Week ${currentWeek} of ${planWeeks}: ${next.title.toLowerCase()}.${behind}` };
}

/** "3 of 6 answers", "1 of 2 mock interviews"; past the target "517 answers (target 6)". */
export function progressText(p: Pick<TimelinePhase, "measure" | "practised" | "target">): string {
  const noun = (n: number) => (p.measure === "mocks" ? `mock interview${n === 1 ? "" : "s"}` : `answer${n === 1 ? "" : "s"}`);
  if (p.practised > p.target) return `${p.practised} ${noun(p.practised)} (target ${p.target})`;
  return `${p.practised} of ${p.target} ${noun(p.target)}`;
}
