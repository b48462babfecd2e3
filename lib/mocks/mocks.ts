import "server-only";
// Mock interviews: create from a template, read the state, move, pause/resume, autosave,
// finish, score. Every function is scoped to the signed-in user; reads go through
// `loadSettled(viewerId, …)` in store.ts.
import { randomInt } from "node:crypto";
import { z } from "zod";
import { type Prisma } from "@/lib/generated/prisma/client";
import { type Answer, type AnswerFormat, emptyAnswer, formatForType, isBlank } from "@/lib/practice/answer";
import { saveAnswer, scoreAttempt, writeAnswer } from "@/lib/practice/attempts";
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { type ScoreInput } from "@/lib/practice/schema";
import { DIFFICULTIES, QUESTION_TYPES, fromDb, toDb } from "@/lib/questions/taxonomy";
import { db } from "@/lib/server/db";
import { HttpError, conflict } from "@/lib/server/errors";
import {
  type ClockView,
  type Stage,
  acceptsAnswer,
  advance,
  clockView,
  finishClock,
  moveTo,
  pauseClock,
  planStages,
  resumeClock,
  slotCount,
  stageOfSlot,
  startClock,
} from "./clock";
import { type CreateMockInput } from "./schema";
import { summarise } from "./summary";
import { type Candidate, MOCK_TYPES, type MockDifficulty, type Relaxation, drawMock, seriesDifficulty } from "./selection";
import { type MockRow, SLOT_ANSWER_SELECT, clockOf, loadSettled, mutateClock, stagesOf, templateOf } from "./store";
import { MOCK_TEMPLATES, getTemplate, templateTotals } from "./templates";
import { msPerMinuteFor } from "./time-scale";


/** A save that was on its way when a block's time ran out is still accepted this long after. */
const ANSWER_GRACE_MS = 10_000;

export function listTemplates() {
  return MOCK_TEMPLATES.map((t) => ({ id: t.id, title: t.title, description: t.description, segments: t.segments, totals: templateTotals(t) }));
}

async function candidatesFor(userId: string, focusArea: string): Promise<Candidate[]> {
  const questions = await db.question.findMany({
    where: {
      focusArea,
      retiredAt: null,
      type: { in: MOCK_TYPES.map((t) => toDb(QUESTION_TYPES, t)) },
      OR: [{ ownerId: null }, { ownerId: userId }],
    },
    select: { id: true, difficulty: true, allocatedMinutes: true },
  });
  const last = await db.practiceAttempt.groupBy({
    by: ["questionId"],
    where: { userId, questionId: { in: questions.map((q) => q.id) } },
    _max: { createdAt: true },
  });
  const lastOf = new Map(last.map((l) => [l.questionId, l._max.createdAt]));
  return questions.map((q) => ({
    id: q.id,
    difficulty: fromDb(DIFFICULTIES, q.difficulty),
    allocatedMinutes: q.allocatedMinutes,
    lastAttemptAt: lastOf.get(q.id) ?? null,
  }));
}

/**
 * Creates a mock from a template: draws each block's questions (see selection.ts), creates one
 * attempt per question and starts the clock. Too few questions for a block is a 422 naming it.
 */
export async function createMock(userId: string, input: CreateMockInput) {
  const template = getTemplate(input.templateId);
  if (!template) throw new HttpError(422, "unknown_template", "There is no such mock template.", { templateId: "Choose one of the listed mocks." });
  const msPerMinute = msPerMinuteFor(input.timeScale);
  let difficulty: MockDifficulty = input.difficulty;
  let seriesNumber: number | null = null;
  if (input.series) {
    const previous = await db.mock.findFirst({
      where: { userId, seriesNumber: { not: null } },
      orderBy: { createdAt: "desc" },
      select: { difficulty: true, seriesNumber: true },
    });
    difficulty = seriesDifficulty((previous?.difficulty as MockDifficulty | undefined) ?? null, input.difficulty);
    seriesNumber = (previous?.seriesNumber ?? 0) + 1;
  }
  const now = new Date();
  const stages = planStages(template, msPerMinute);
  const areas = [...new Set(stages.flatMap((s) => (s.kind === "block" ? [s.focusArea] : [])))];
  const pools = new Map(await Promise.all(areas.map(async (a) => [a, await candidatesFor(userId, a)] as const)));
  const random = () => randomInt(1_000_000_000) / 1_000_000_000;
  const draw = drawMock(template, (area) => pools.get(area) ?? [], difficulty, now, random);
  if (!draw.ok) {
    const per = Number.isInteger(draw.minutes) ? `${draw.minutes}` : draw.minutes.toFixed(1);
    throw new HttpError(
      422,
      "not_enough_questions",
      `Not enough questions for “${draw.block}”: it needs ${draw.count} that fit ${per} minutes each, and ${draw.fitting} ${draw.fitting === 1 ? "does" : "do"}. Add questions of your own in that focus area with at most ${Math.floor(draw.minutes)} allocated minutes.`,
      { templateId: `“${draw.block}” needs ${draw.count} questions of at most ${Math.floor(draw.minutes)} minutes; ${draw.fitting} available.` },
    );
  }
  const { chosen, relaxations } = draw;
  const types = new Map(
    (await db.question.findMany({ where: { id: { in: chosen.map((c) => c.questionId) } }, select: { id: true, type: true } })).map((q) => [q.id, fromDb(QUESTION_TYPES, q.type)]),
  );
  const clock = startClock(stages, now);
  const mock = await db.$transaction(async (tx) => {
    const m = await tx.mock.create({
      data: {
        userId,
        templateId: template.id,
        plan: template as unknown as Prisma.InputJsonValue,
        difficulty,
        seriesNumber,
        msPerMinute,
        stageMs: clock.stageMs,
        slotMs: clock.slotMs,
        resumedAt: now,
        stageStartedAt: now,
        startedAt: now,
        relaxations: relaxations as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await tx.practiceAttempt.createMany({
      data: chosen.map((c) => {
        const stage = stages[stageOfSlot(stages, c.slot)]! as Extract<Stage, { kind: "block" }>;
        const format = formatForType(types.get(c.questionId)!);
        return {
          userId,
          questionId: c.questionId,
          format,
          answer: emptyAnswer(format),
          // The question's even share of its block (the block's time is shared).
          allocatedSeconds: Math.floor(stage.ms / stage.count / 1000),
          startedAt: now,
          resumedAt: null,
          mockId: m.id,
          mockSlot: c.slot,
        };
      }),
    });
    return m;
  });
  return getMockState(userId, mock.id);
}

export type MockQuestionView = {
  slot: number;
  stage: number;
  attemptId: string;
  questionId: string;
  title: string;
  prompt: string;
  type: string;
  difficulty: string;
  format: AnswerFormat;
  answer: Answer;
  version: number;
};

export type StageView =
  | { kind: "block"; index: number; label: string; sessionIndex: number; sessionTitle: string; focusArea: string; firstSlot: number; count: number; allocatedMs: number; usedMs: number }
  | { kind: "break"; index: number; allocatedMs: number; usedMs: number };

export type MockState = {
  id: string;
  templateId: string;
  title: string;
  difficulty: string;
  seriesNumber: number | null;
  status: "in-progress" | "finished";
  startedAt: string;
  finishedAt: string | null;
  finishedEarly: boolean;
  /** Selection rules relaxed to fill the blocks (empty when every rule held). */
  relaxations: Relaxation[];
  /** Real milliseconds per template minute (60 000 unless a test server scaled the clock). */
  msPerMinute: number;
  stages: StageView[];
  sessions: { index: number; title: string }[];
  position: { stage: number; question: number; slot: number | null };
  clock: ClockView & { pausedBy: "user" | "left" | null; serverNow: string };
  /** Questions of the blocks reached so far (all of them once finished); later ones stay hidden. */
  questions: MockQuestionView[];
  questionCount: number;
};

function stageViews(stages: Stage[], row: MockRow, now: Date): StageView[] {
  const view = clockView(clockOf(row), stages, now);
  return stages.map((s, index) => {
    const used = index === row.stage && row.status === "IN_PROGRESS" ? s.ms - view.stageRemainingMs : (row.stageMs[index] ?? 0);
    if (s.kind === "break") return { kind: "break", index, allocatedMs: s.ms, usedMs: used };
    return {
      kind: "block",
      index,
      label: s.label,
      sessionIndex: s.sessionIndex,
      sessionTitle: s.sessionTitle,
      focusArea: s.focusArea,
      firstSlot: s.firstSlot,
      count: s.count,
      allocatedMs: s.ms,
      usedMs: used,
    };
  });
}

const relaxationSchema = z.array(z.object({ block: z.string(), rule: z.literal("recent-days"), reused: z.int(), message: z.string() }));
const relaxationsOf = (json: unknown): Relaxation[] => {
  const r = relaxationSchema.safeParse(json);
  return r.success ? r.data : [];
};

async function present(row: MockRow, now: Date): Promise<MockState> {
  const template = templateOf(row);
  const stages = stagesOf(row);
  const finished = row.status !== "IN_PROGRESS";
  const reachedSlots = finished
    ? slotCount(stages)
    : stages.slice(0, row.stage + 1).reduce((n, s) => n + (s.kind === "block" ? s.count : 0), 0);
  const attempts = await db.practiceAttempt.findMany({
    where: { mockId: row.id, userId: row.userId, mockSlot: { lt: reachedSlots } },
    orderBy: { mockSlot: "asc" },
    select: {
      ...SLOT_ANSWER_SELECT,
      version: true,
      question: { select: { title: true, prompt: true, type: true, difficulty: true } },
    },
  });
  const stage = stages[row.stage];
  const clock = clockView(clockOf(row), stages, now);
  return {
    id: row.id,
    templateId: row.templateId,
    title: template.title,
    difficulty: row.difficulty,
    seriesNumber: row.seriesNumber,
    status: finished ? "finished" : "in-progress",
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    finishedEarly: row.finishedEarly,
    relaxations: relaxationsOf(row.relaxations),
    msPerMinute: row.msPerMinute,
    stages: stageViews(stages, row, now),
    sessions: template.segments.flatMap((s) => (s.kind === "session" ? [s.title] : [])).map((title, index) => ({ index, title })),
    position: { stage: row.stage, question: row.question, slot: stage?.kind === "block" && !finished ? stage.firstSlot + row.question : null },
    clock: {
      ...clock,
      pausedBy: clock.running || !row.pausedBy ? null : row.pausedBy === "USER" ? "user" : "left",
      serverNow: now.toISOString(),
    },
    questions: attempts.map((a) => ({
      slot: a.mockSlot!,
      stage: stageOfSlot(stages, a.mockSlot!),
      attemptId: a.id,
      questionId: a.questionId,
      title: a.question.title,
      prompt: a.question.prompt,
      type: fromDb(QUESTION_TYPES, a.question.type),
      difficulty: fromDb(DIFFICULTIES, a.question.difficulty),
      format: a.format,
      answer: a.answer as Answer,
      version: a.version,
    })),
    questionCount: slotCount(stages),
  };
}

/** The mock's state as `viewerId` sees it, with the clock settled up to now. */
export async function getMockState(viewerId: string, id: string): Promise<MockState> {
  const now = new Date();
  const row = await loadSettled(viewerId, id, now);
  return present(row, now);
}

const finishedError = () => conflict("This mock interview is finished: its answers are kept as they were and can no longer be changed.", "mock_finished");

/** Moves to another question of the current block. Outside the block (or the mock): 422. */
export async function moveInMock(userId: string, id: string, slot: number) {
  const row = await mutateClock(userId, id, (row, clock, stages, now) => {
    if (row.status !== "IN_PROGRESS") throw finishedError();
    const result = moveTo(clock, stages, slot, now);
    if ("error" in result) {
      const stage = stages[clock.stage];
      const inBlock = stage?.kind === "block" ? `questions ${stage.firstSlot} to ${stage.firstSlot + stage.count - 1}` : null;
      const message =
        result.error === "not-in-block"
          ? "This is a break: there is no question to move to. Skip the break to go on."
          : slot >= slotCount(stages)
            ? `This mock has ${slotCount(stages)} questions, numbered 0 to ${slotCount(stages) - 1}.`
            : `You can move only between the questions of the current block (${inBlock}, counting from 0).`;
      throw new HttpError(422, "move_outside_block", message, { slot: message });
    }
    return { clock: result.clock };
  });
  return present(row, new Date());
}

/** Ends the current block early or skips the break; `from` guards against double clicks. */
/**
 * Ends stage `from` (a block early, or skips a break). When the clock has already left `from`
 * (a second click, another tab) nothing moves — never two stages for one click: by default the
 * mock comes back as it is; with `staleIsConflict` (the live interviewer, whose view may be a
 * moment behind) a 409 says so.
 */
export async function advanceMock(userId: string, id: string, from: number, staleIsConflict = false) {
  const row = await mutateClock(userId, id, (row, clock, stages, now) => {
    if (row.status !== "IN_PROGRESS") throw finishedError();
    if (from >= stages.length) throw new HttpError(422, "move_outside_block", "That stage is not in this mock.", { from: `Stages are numbered 0 to ${stages.length - 1}.` });
    if (clock.stage !== from) {
      if (staleIsConflict) throw conflict("The mock had already moved past that block, so nothing was ended: the room now shows where it is.");
      return null; // already moved on
    }
    return { clock: advance(clock, stages, from, now) };
  });
  return present(row, new Date());
}

/**
 * Pauses the clock: `user` (the Pause button) or `left` (the page was left). A left pause from a
 * page (`page`, its token) is remembered even when the clock is already paused: that page's own
 * resume, if it reaches the server later, was sent before it left (see resumeMock).
 */
export async function pauseMock(userId: string, id: string, reason: "user" | "left", page?: string) {
  const pausedBy = reason === "user" ? "USER" : "LEFT";
  const leftPage = reason === "left" ? page : undefined;
  const row = await mutateClock(userId, id, (row, clock, stages, now) => {
    if (row.status !== "IN_PROGRESS") return null;
    // Leaving the page does not undo the user's own Pause.
    if (!clock.resumedAt) {
      if (reason === "user") return row.pausedBy !== "USER" ? { clock, pausedBy } : null;
      return leftPage !== undefined && row.leftPage !== leftPage ? { clock, leftPage } : null;
    }
    return { clock: pauseClock(clock, stages, now), pausedBy, leftPage };
  });
  return present(row, new Date());
}

/**
 * Resumes the clock. A resume from the page (`page`) whose leaving paused it is stale — the
 * request was on its way when the page was left — and leaves the clock paused.
 */
export async function resumeMock(userId: string, id: string, page?: string) {
  const row = await mutateClock(userId, id, (row, clock, stages, now) => {
    if (row.status !== "IN_PROGRESS" || clock.resumedAt) return null;
    if (page !== undefined && row.leftPage === page) return null;
    return { clock: resumeClock(clock, stages, now), pausedBy: null };
  });
  return present(row, new Date());
}

/** Finishes the mock now (finish early). Finishing a finished mock returns it unchanged. */
export async function finishMock(userId: string, id: string) {
  const row = await mutateClock(userId, id, (row, clock, stages, now) => {
    if (row.status !== "IN_PROGRESS") return null;
    return { clock: finishClock(clock, stages, now), finishedEarly: true, reachedStage: clock.stage };
  });
  return present(row, new Date());
}

async function attemptOfSlot(row: MockRow, slot: number) {
  const attempt = await db.practiceAttempt.findFirst({ where: { mockId: row.id, userId: row.userId, mockSlot: slot }, select: { id: true } });
  if (!attempt) throw new HttpError(404, "not_found", "This mock has no question with that number.", { slot: "That question is not in this mock." });
  return attempt.id;
}

/** Autosaves one answer: only while its block runs (or just ended), with the practice versioning. */
export async function saveMockAnswer(userId: string, id: string, slot: number, answer: Answer, version: number) {
  const now = new Date();
  const row = await loadSettled(userId, id, now);
  if (row.status !== "IN_PROGRESS") throw finishedError();
  const stages = stagesOf(row);
  if (!acceptsAnswer(clockOf(row), stages, slot, now, ANSWER_GRACE_MS)) {
    await attemptOfSlot(row, slot); // an unknown slot answers 404 before a closed block's 409
    const s = stageOfSlot(stages, slot);
    throw conflict(
      s < row.stage ? "The time for this question's block is up: its answer is kept as it was last saved." : "This question's block has not started yet.",
      "block_closed",
    );
  }
  // The usual case in one statement, keyed by the slot; otherwise find the attempt and say why.
  const saved = await writeAnswer({ mockId: row.id, mockSlot: slot }, userId, answer, version, row.id);
  if (saved) return saved;
  return saveAnswer(userId, await attemptOfSlot(row, slot), answer, version, row.id);
}

/** Self-scores one answer of a finished mock (the practice scoring: FSRS review on the first). */
export async function scoreMockAnswer(userId: string, id: string, slot: number, input: ScoreInput) {
  const row = await loadSettled(userId, id);
  if (row.status === "IN_PROGRESS") throw conflict("Finish the mock interview before scoring its answers.", "mock_not_finished");
  const attemptId = await attemptOfSlot(row, slot);
  const attempt = await scoreAttempt(userId, attemptId, input);
  return { slot, scores: attempt.scores, keyPointsCovered: attempt.keyPointsCovered, rating: attempt.rating };
}

export type MockSummary = {
  id: string;
  title: string;
  templateId: string;
  difficulty: string;
  seriesNumber: number | null;
  status: "in-progress" | "finished";
  startedAt: string;
  finishedAt: string | null;
  overall: number | null;
  band: string | null;
  scored: number;
  questionCount: number;
};

/** The user's mocks, newest first, with the overall score and band of the finished ones. */
export async function listMocks(userId: string, opts: { limit?: number; finishedOnly?: boolean } = {}): Promise<MockSummary[]> {
  const rows = await db.mock.findMany({
    where: { userId, ...(opts.finishedOnly ? { status: "FINISHED" } : {}) },
    orderBy: { createdAt: "desc" },
    take: opts.limit ?? 50,
    select: { id: true, templateId: true, plan: true, difficulty: true, seriesNumber: true, status: true, startedAt: true, finishedAt: true },
  });
  const attempts = await db.practiceAttempt.findMany({
    where: { userId, mockId: { in: rows.map((r) => r.id) } },
    select: { mockId: true, answer: true, ...SCORE_SELECT },
  });
  return rows.map((r) => {
    const mine = attempts.filter((a) => a.mockId === r.id).map((a) => ({ ...a, blank: isBlank(a.answer as Answer) }));
    const s = summarise(mine);
    return {
      id: r.id,
      title: templateOf(r).title,
      templateId: r.templateId,
      difficulty: r.difficulty,
      seriesNumber: r.seriesNumber,
      status: r.status === "IN_PROGRESS" ? "in-progress" : "finished",
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      overall: s.overall,
      band: s.band,
      scored: s.scored,
      questionCount: mine.length,
    };
  });
}

/** One answer with its version (what the autosaver reloads on a conflict). */
export async function getMockAnswer(viewerId: string, id: string, slot: number) {
  const row = await loadSettled(viewerId, id);
  const a = await db.practiceAttempt.findFirst({
    where: { mockId: row.id, userId: row.userId, mockSlot: slot },
    select: { answer: true, version: true, format: true },
  });
  const stages = stagesOf(row);
  // Questions of blocks not reached yet stay hidden, as in the state.
  if (!a || (row.status === "IN_PROGRESS" && stageOfSlot(stages, slot) > row.stage)) {
    throw new HttpError(404, "not_found", "This mock has no question with that number yet.", { slot: "That question is not open." });
  }
  return { slot, format: a.format, answer: a.answer as Answer, version: a.version };
}
