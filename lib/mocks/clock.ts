// The mock interview's clock, kept by the server. Pure functions: `now` is always passed in,
// so every server, a reload, another device or a test computes the same clocks.
//
// A template becomes a list of stages (each block of questions, each break) with an
// allocation in milliseconds. The clock stores where the user is (stage, question), the
// active time used per stage and per question up to `resumedAt`, and `resumedAt` itself
// (null while paused). Time runs into the current stage; when a stage's allocation is used
// up, the stage ends at exactly its deadline and the rest of the time runs into the next one
// (so a request long after a deadline still lands where a ticking clock would be).
import { type MockTemplate } from "./templates";

type BlockStage = {
  kind: "block";
  ms: number;
  sessionIndex: number;
  sessionTitle: string;
  label: string;
  focusArea: string;
  /** The first question slot of the block (slots are numbered across the whole mock). */
  firstSlot: number;
  count: number;
};
type BreakStage = { kind: "break"; ms: number };
export type Stage = BlockStage | BreakStage;

export const MS_PER_MINUTE = 60_000;

/** The template's stages in order, with allocations at `msPerMinute` (60 000 in real time). */
export function planStages(template: MockTemplate, msPerMinute = MS_PER_MINUTE): Stage[] {
  const stages: Stage[] = [];
  let slot = 0;
  let sessionIndex = 0;
  for (const seg of template.segments) {
    if (seg.kind === "break") {
      stages.push({ kind: "break", ms: seg.minutes * msPerMinute });
      continue;
    }
    for (const b of seg.blocks) {
      stages.push({
        kind: "block",
        ms: b.minutes * msPerMinute,
        sessionIndex,
        sessionTitle: seg.title,
        label: b.label,
        focusArea: b.focusArea,
        firstSlot: slot,
        count: b.questionCount,
      });
      slot += b.questionCount;
    }
    sessionIndex++;
  }
  return stages;
}

export const slotCount = (stages: readonly Stage[]) => stages.reduce((n, s) => n + (s.kind === "block" ? s.count : 0), 0);

/** The stage index of a question slot, or -1 when the mock has no such slot. */
export function stageOfSlot(stages: readonly Stage[], slot: number): number {
  return stages.findIndex((s) => s.kind === "block" && slot >= s.firstSlot && slot < s.firstSlot + s.count);
}

export type MockClock = {
  /** Index into the stages; equal to their number once the mock is finished. */
  stage: number;
  /** Question within the current block (0 in a break). */
  question: number;
  /** When the clock last resumed; null while paused or finished. */
  resumedAt: Date | null;
  /** Active ms used per stage, up to `resumedAt`. */
  stageMs: number[];
  /** Active ms used per question slot, up to `resumedAt`. */
  slotMs: number[];
  /** When the current stage began (the previous stage's end, or the move that started it). */
  stageStartedAt: Date;
};

export function startClock(stages: readonly Stage[], now: Date): MockClock {
  return {
    stage: 0,
    question: 0,
    resumedAt: now,
    stageMs: stages.map(() => 0),
    slotMs: Array.from({ length: slotCount(stages) }, () => 0),
    stageStartedAt: now,
  };
}

export const isFinished = (clock: MockClock, stages: readonly Stage[]) => clock.stage >= stages.length;

function currentSlot(clock: MockClock, stages: readonly Stage[]): number | null {
  const s = stages[clock.stage];
  return s?.kind === "block" ? s.firstSlot + clock.question : null;
}

/**
 * Brings the clock up to `now`: adds the running time to the current stage and question and
 * advances past every stage whose time ran out, each ending at its exact deadline. Once past
 * the last stage the mock is finished and the clock stops. A paused clock does not change.
 * A resume time in the future (clock skew between servers) counts as no time.
 */
export function settle(clock: MockClock, stages: readonly Stage[], now: Date): MockClock {
  if (!clock.resumedAt || isFinished(clock, stages)) return clock;
  const next: MockClock = { ...clock, stageMs: [...clock.stageMs], slotMs: [...clock.slotMs] };
  let at = clock.resumedAt.getTime();
  let left = Math.max(0, now.getTime() - at);
  for (;;) {
    const stage = stages[next.stage]!;
    const remaining = Math.max(0, stage.ms - next.stageMs[next.stage]!);
    const slot = currentSlot(next, stages);
    if (left < remaining) {
      next.stageMs[next.stage]! += left;
      if (slot !== null) next.slotMs[slot]! += left;
      next.resumedAt = new Date(at + left);
      return next;
    }
    // The stage's time is up: it ends at its deadline and the next stage starts there.
    next.stageMs[next.stage]! += remaining;
    if (slot !== null) next.slotMs[slot]! += remaining;
    left -= remaining;
    at += remaining;
    next.stage++;
    next.question = 0;
    next.stageStartedAt = new Date(at);
    if (isFinished(next, stages)) {
      next.resumedAt = null;
      return next;
    }
    next.resumedAt = new Date(at);
  }
}

export function pauseClock(clock: MockClock, stages: readonly Stage[], now: Date): MockClock {
  const settled = settle(clock, stages, now);
  return settled.resumedAt ? { ...settled, resumedAt: null } : settled;
}

export function resumeClock(clock: MockClock, stages: readonly Stage[], now: Date): MockClock {
  if (clock.resumedAt || isFinished(clock, stages)) return clock;
  return { ...clock, resumedAt: now };
}

type MoveError = "finished" | "not-in-block" | "outside-block";

/** Moves to another question of the current block; the time so far stays with the question left. */
export function moveTo(clock: MockClock, stages: readonly Stage[], slot: number, now: Date): { clock: MockClock } | { error: MoveError } {
  const settled = settle(clock, stages, now);
  if (isFinished(settled, stages)) return { error: "finished" };
  const stage = stages[settled.stage]!;
  if (stage.kind !== "block") return { error: "not-in-block" };
  if (!Number.isInteger(slot) || slot < stage.firstSlot || slot >= stage.firstSlot + stage.count) return { error: "outside-block" };
  return { clock: { ...settled, question: slot - stage.firstSlot } };
}

/**
 * Ends the current stage early and starts the next one (finish a block early, skip a break),
 * with the clock running. `from` is the stage the user saw: when the clock has moved on
 * already (a second click, or the time ran out meanwhile) nothing more happens.
 */
export function advance(clock: MockClock, stages: readonly Stage[], from: number, now: Date): MockClock {
  const settled = settle(clock, stages, now);
  if (settled.stage !== from || isFinished(settled, stages)) return settled;
  const stage = settled.stage + 1;
  const finished = stage >= stages.length;
  return { ...settled, stage, question: 0, stageStartedAt: now, resumedAt: finished ? null : now };
}

/** Stops the clock for good (finish early). Finishing twice changes nothing. */
export function finishClock(clock: MockClock, stages: readonly Stage[], now: Date): MockClock {
  const settled = settle(clock, stages, now);
  if (isFinished(settled, stages)) return settled;
  return { ...settled, stage: stages.length, question: 0, stageStartedAt: now, resumedAt: null };
}

/**
 * Whether an answer to `slot` may still be written: its block is the current one, or it is
 * the block that just ended less than `graceMs` ago (a save that was on its way at the deadline).
 */
export function acceptsAnswer(clock: MockClock, stages: readonly Stage[], slot: number, now: Date, graceMs: number): boolean {
  if (isFinished(clock, stages)) return false;
  const s = stageOfSlot(stages, slot);
  if (s < 0) return false;
  if (s === clock.stage) return true;
  return s === clock.stage - 1 && now.getTime() - clock.stageStartedAt.getTime() <= graceMs;
}

export type ClockView = {
  finished: boolean;
  running: boolean;
  stage: number;
  /** The current block's (or break's) allocation and what is left of it. */
  stageAllocatedMs: number;
  stageRemainingMs: number;
  /** The current session: what is left of this block plus the later blocks of the session. */
  sessionAllocatedMs: number;
  sessionRemainingMs: number;
  /** The current question: time spent on it, and its even share of the block. */
  questionElapsedMs: number;
  questionShareMs: number;
  /** The whole mock, breaks included: used (past stages count in full) and total. */
  totalMs: number;
  passedMs: number;
};

export function clockView(clock: MockClock, stages: readonly Stage[], now: Date): ClockView {
  const c = settle(clock, stages, now);
  const totalMs = stages.reduce((a, s) => a + s.ms, 0);
  const finished = isFinished(c, stages);
  const stage = stages[c.stage];
  const stageRemainingMs = stage ? Math.max(0, stage.ms - c.stageMs[c.stage]!) : 0;
  let sessionAllocatedMs = 0;
  let sessionRemainingMs = 0;
  if (stage?.kind === "block") {
    stages.forEach((s, i) => {
      if (s.kind !== "block" || s.sessionIndex !== stage.sessionIndex) return;
      sessionAllocatedMs += s.ms;
      if (i > c.stage) sessionRemainingMs += s.ms;
    });
    sessionRemainingMs += stageRemainingMs;
  }
  const slot = currentSlot(c, stages);
  const passedMs = finished ? totalMs : stages.slice(0, c.stage).reduce((a, s) => a + s.ms, 0) + c.stageMs[c.stage]!;
  return {
    finished,
    running: c.resumedAt !== null,
    stage: c.stage,
    stageAllocatedMs: stage?.ms ?? 0,
    stageRemainingMs,
    sessionAllocatedMs,
    sessionRemainingMs,
    questionElapsedMs: slot === null ? 0 : c.slotMs[slot]!,
    questionShareMs: stage?.kind === "block" ? Math.floor(stage.ms / stage.count) : 0,
    totalMs,
    passedMs,
  };
}
