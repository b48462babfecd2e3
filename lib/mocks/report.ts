import "server-only";
// The report of a finished mock: scores per question, session and domain, the overall score
// and band, time used against time allocated per block, the after-interview checklist and the
// questions that challenged the user.
import { type AnswerFormat, type Answer, isBlank } from "@/lib/practice/answer";
import { CHECKLISTS } from "@/lib/practice/data/checklists";
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { scoresOf } from "@/lib/practice/rating";
import { QUESTION_TYPES, fromDb } from "@/lib/questions/taxonomy";
import { db } from "@/lib/server/db";
import { conflict } from "@/lib/server/errors";
import { type Stage } from "./clock";
import { type PointScores, type ReportScores, reportScores } from "./scoring";
import { SLOT_ANSWER_SELECT, loadSettled, stagesOf, templateOf } from "./store";

type ReportQuestion = {
  slot: number;
  attemptId: string;
  questionId: string;
  title: string;
  type: string;
  focusArea: string;
  sessionIndex: number;
  blockLabel: string;
  format: AnswerFormat;
  answer: Answer;
  scores: PointScores | null;
  score: number | null;
  /** Nothing was written: the answer is not scored and does not count as answered. */
  blank: boolean;
  keyPointsCovered: number[];
  keyPoints: string[];
  bonusPoints: string[];
  modelAnswer: string;
  timeSpentMs: number;
  allocatedMs: number;
  challenged: boolean;
};

export type MockReport = {
  id: string;
  title: string;
  difficulty: string;
  seriesNumber: number | null;
  startedAt: string;
  finishedAt: string;
  finishedEarly: boolean;
  sessions: { index: number; title: string }[];
  questions: ReportQuestion[];
  scores: ReportScores;
  time: { kind: "block" | "break"; label: string; sessionIndex: number | null; allocatedMs: number; usedMs: number }[];
  checklist: { interviewId: string | null; items: { key: string; label: string; checked: boolean }[] };
};

function blockOfSlot(stages: Stage[], slot: number) {
  return stages.find((s): s is Extract<Stage, { kind: "block" }> => s.kind === "block" && slot >= s.firstSlot && slot < s.firstSlot + s.count)!;
}

/** The report of a finished mock as `viewerId` sees it (409 while the mock is running). */
export async function getMockReport(viewerId: string, id: string): Promise<MockReport> {
  const row = await loadSettled(viewerId, id);
  if (row.status === "IN_PROGRESS" || !row.finishedAt) throw conflict("The report is ready once the mock interview is finished.", "mock_not_finished");
  const template = templateOf(row);
  const stages = stagesOf(row);
  const [attempts, checks] = await Promise.all([
    db.practiceAttempt.findMany({
      where: { mockId: row.id, userId: row.userId },
      orderBy: { mockSlot: "asc" },
      select: {
        ...SLOT_ANSWER_SELECT,
        timeSpentMs: true,
        allocatedSeconds: true,
        keyPointsCovered: true,
        ...SCORE_SELECT,
        question: {
          select: {
            title: true,
            type: true,
            focusArea: true,
            keyPoints: true,
            bonusPoints: true,
            modelAnswer: true,
            userStates: { where: { userId: row.userId }, select: { challenged: true } },
          },
        },
      },
    }),
    row.interviewId ? db.interviewCheck.findMany({ where: { interviewId: row.interviewId }, select: { itemKey: true } }) : Promise.resolve([]),
  ]);
  const questions: ReportQuestion[] = attempts.map((a) => {
    const slot = a.mockSlot!;
    const block = blockOfSlot(stages, slot);
    const scores = scoresOf(a);
    const answer = a.answer as Answer;
    const blank = isBlank(answer);
    return {
      slot,
      attemptId: a.id,
      questionId: a.questionId,
      title: a.question.title,
      type: fromDb(QUESTION_TYPES, a.question.type),
      focusArea: a.question.focusArea,
      sessionIndex: block.sessionIndex,
      blockLabel: block.label,
      format: a.format,
      answer,
      scores: blank ? null : scores,
      score: null,
      blank,
      keyPointsCovered: a.keyPointsCovered,
      keyPoints: a.question.keyPoints,
      bonusPoints: a.question.bonusPoints,
      modelAnswer: a.question.modelAnswer,
      timeSpentMs: a.timeSpentMs ?? row.slotMs[slot] ?? 0,
      allocatedMs: Math.floor(block.ms / block.count),
      challenged: a.question.userStates[0]?.challenged ?? false,
    };
  });
  const scores = reportScores(questions.map((q) => ({ slot: q.slot, sessionIndex: q.sessionIndex, focusArea: q.focusArea, scores: q.scores, blank: q.blank })));
  for (const q of questions) q.score = scores.perQuestion.find((p) => p.slot === q.slot)?.score ?? null;
  const checked = new Set(checks.map((c) => c.itemKey));
  const after = CHECKLISTS.find((g) => g.phase === "after")!;
  return {
    id: row.id,
    title: template.title,
    difficulty: row.difficulty,
    seriesNumber: row.seriesNumber,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
    finishedEarly: row.finishedEarly,
    sessions: template.segments.flatMap((s) => (s.kind === "session" ? [s.title] : [])).map((title, index) => ({ index, title })),
    questions,
    scores,
    time: stages.map((s, i) => ({
      kind: s.kind,
      label: s.kind === "block" ? s.label : "Break",
      sessionIndex: s.kind === "block" ? s.sessionIndex : null,
      allocatedMs: s.ms,
      usedMs: row.stageMs[i] ?? 0,
    })),
    checklist: { interviewId: row.interviewId, items: after.items.map((i) => ({ key: i.key, label: i.label, checked: checked.has(i.key) })) },
  };
}

/** The user's mocks for the data export: template, position, timings, answers and scores. */
export async function exportMocks(userId: string) {
  const rows = await db.mock.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      templateId: true,
      difficulty: true,
      seriesNumber: true,
      status: true,
      stageMs: true,
      startedAt: true,
      finishedAt: true,
      finishedEarly: true,
      attempts: {
        orderBy: { mockSlot: "asc" },
        select: {
          mockSlot: true,
          questionId: true,
          answer: true,
          timeSpentMs: true,
          ...SCORE_SELECT,
          keyPointsCovered: true,
          question: { select: { title: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    templateId: r.templateId,
    difficulty: r.difficulty,
    seriesNumber: r.seriesNumber,
    status: r.status === "IN_PROGRESS" ? "in-progress" : "finished",
    stageMs: r.stageMs,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    finishedEarly: r.finishedEarly,
    answers: r.attempts.map((a) => ({
      slot: a.mockSlot,
      questionId: a.questionId,
      title: a.question.title,
      answer: a.answer,
      timeSpentMs: a.timeSpentMs,
      scores: scoresOf(a),
      keyPointsCovered: a.keyPointsCovered,
    })),
  }));
}
