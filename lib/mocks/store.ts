import "server-only";
// Loading and writing a mock's clock. Every read settles the clock up to now (the time a
// ticking clock would show) and stores what changed with a write conditional on
// `clockVersion`, so concurrent requests from several tabs, devices or servers agree.
import { type PauseReason, type Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { type MockClock, type Stage, isFinished, planStages, settle } from "./clock";
import { type MockTemplate, templateSchema } from "./templates";

const mockSelect = {
  id: true,
  userId: true,
  templateId: true,
  plan: true,
  difficulty: true,
  seriesNumber: true,
  msPerMinute: true,
  status: true,
  stage: true,
  question: true,
  stageMs: true,
  slotMs: true,
  resumedAt: true,
  pausedBy: true,
  leftPage: true,
  stageStartedAt: true,
  clockVersion: true,
  startedAt: true,
  finishedAt: true,
  finishedEarly: true,
  relaxations: true,
  interviewId: true,
  createdAt: true,
} satisfies Prisma.MockSelect;

export type MockRow = Prisma.MockGetPayload<{ select: typeof mockSelect }>;

/** The columns every view of a mock's answers reads (the runner adds the version, the report the scores). */
export const SLOT_ANSWER_SELECT = {
  id: true,
  mockSlot: true,
  questionId: true,
  format: true,
  answer: true,
} as const satisfies Prisma.PracticeAttemptSelect;

const NOT_FOUND = "That mock interview does not exist or is not yours.";

export function templateOf(row: Pick<MockRow, "plan">): MockTemplate {
  return templateSchema.parse(row.plan);
}

export function stagesOf(row: Pick<MockRow, "plan" | "msPerMinute">): Stage[] {
  return planStages(templateOf(row), row.msPerMinute);
}

export function clockOf(row: MockRow): MockClock {
  return {
    stage: row.stage,
    question: row.question,
    resumedAt: row.resumedAt,
    stageMs: row.stageMs,
    slotMs: row.slotMs,
    stageStartedAt: row.stageStartedAt,
  };
}

/**
 * The one read of a mock: as `viewerId` may see it. Today that is its owner only; sharing with
 * a mentor (issue 7) extends this function, and every read (state, report) goes through it.
 */
async function readMockRow(viewerId: string, id: string): Promise<MockRow> {
  const row = await db.mock.findFirst({ where: { id, userId: viewerId }, select: mockSelect });
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

type Tx = Prisma.TransactionClient;

/**
 * Writes a new clock (and position) if nobody wrote since `row` was read. When the clock has
 * reached the end, the mock is finished in the same transaction: every answer is submitted
 * with its time, and an interview record is made for the after-interview checklist.
 * Returns false when another write came first (the caller reads again and retries).
 */
async function writeClock(
  row: MockRow,
  next: MockClock,
  now: Date,
  opts: { pausedBy?: PauseReason | null; leftPage?: string; finishedEarly?: boolean; reachedStage?: number } = {},
): Promise<boolean> {
  const stages = stagesOf(row);
  const finishing = row.status === "IN_PROGRESS" && isFinished(next, stages);
  return db.$transaction(async (tx) => {
    const res = await tx.mock.updateMany({
      where: { id: row.id, userId: row.userId, clockVersion: row.clockVersion },
      data: {
        stage: next.stage,
        question: next.question,
        stageMs: next.stageMs,
        slotMs: next.slotMs,
        resumedAt: next.resumedAt,
        stageStartedAt: next.stageStartedAt,
        clockVersion: { increment: 1 },
        ...(opts.leftPage !== undefined ? { leftPage: opts.leftPage } : {}),
        ...(opts.pausedBy !== undefined ? { pausedBy: next.resumedAt ? null : opts.pausedBy } : next.resumedAt ? { pausedBy: null } : {}),
        ...(finishing ? { status: "FINISHED" as const, finishedAt: next.stageStartedAt, finishedEarly: opts.finishedEarly ?? false, pausedBy: null } : {}),
      },
    });
    if (res.count === 0) return false;
    if (finishing) await finishInside(tx, row, next, stages, opts.reachedStage ?? stages.length - 1);
    return true;
  });
}

async function finishInside(tx: Tx, row: MockRow, clock: MockClock, stages: Stage[], reachedStage: number) {
  // Questions of blocks never reached (finished early) were never seen: they leave the mock
  // (and do not count as attempted when the next mock draws questions).
  const lastSlot = stages.slice(0, reachedStage + 1).reduce((n, s) => n + (s.kind === "block" ? s.count : 0), 0);
  await tx.practiceAttempt.deleteMany({ where: { mockId: row.id, userId: row.userId, mockSlot: { gte: lastSlot } } });
  const attempts = await tx.practiceAttempt.findMany({ where: { mockId: row.id, userId: row.userId }, select: { id: true, mockSlot: true } });
  for (const a of attempts) {
    const spent = clock.slotMs[a.mockSlot ?? 0] ?? 0;
    await tx.practiceAttempt.updateMany({
      where: { id: a.id, status: "IN_PROGRESS" },
      data: { status: "SUBMITTED", submittedAt: clock.stageStartedAt, activeMs: spent, timeSpentMs: spent, resumedAt: null, pausedBy: null },
    });
  }
  const template = templateOf(row);
  const interview = await tx.interview.create({
    data: { userId: row.userId, company: template.title, date: new Date(`${clock.stageStartedAt.toISOString().slice(0, 10)}T00:00:00Z`), kind: "MOCK" },
    select: { id: true },
  });
  await tx.mock.update({ where: { id: row.id }, data: { interviewId: interview.id } });
}

/**
 * Reads the mock, settles its clock up to now and stores the result if it moved on to another
 * stage (or finished), then returns the fresh row. Time within a stage is not written: it is
 * recomputed from `resumedAt` on every read.
 */
export async function loadSettled(viewerId: string, id: string, now = new Date()): Promise<MockRow> {
  for (let i = 0; i < 5; i++) {
    const row = await readMockRow(viewerId, id);
    if (row.status !== "IN_PROGRESS") return row;
    const clock = clockOf(row);
    const settled = settle(clock, stagesOf(row), now);
    if (settled.stage === clock.stage) return row;
    if (await writeClock(row, settled, now)) return readMockRow(viewerId, id);
  }
  return readMockRow(viewerId, id);
}

/**
 * Applies a change to the settled clock with a conditional write, retrying when another
 * request wrote first. `change` may throw (an HttpError) to refuse.
 */
export async function mutateClock(
  userId: string,
  id: string,
  change: (
    row: MockRow,
    clock: MockClock,
    stages: Stage[],
    now: Date,
  ) => { clock: MockClock; pausedBy?: PauseReason | null; leftPage?: string; finishedEarly?: boolean; reachedStage?: number } | null,
): Promise<MockRow> {
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const row = await loadSettled(userId, id, now);
    const stages = stagesOf(row);
    const result = change(row, clockOf(row), stages, now);
    if (!result) return row;
    if (await writeClock(row, result.clock, now, { pausedBy: result.pausedBy, leftPage: result.leftPage, finishedEarly: result.finishedEarly, reachedStage: result.reachedStage })) return readMockRow(userId, id);
  }
  return readMockRow(userId, id);
}
