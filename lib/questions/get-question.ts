import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { rows } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { QUESTION_FIELD_COLUMNS, type QuestionFields, questionFields } from "./shape";

/** A question with its prompt, the reader's state on it and (once open) its answer key. */
export type QuestionDetail = QuestionFields & {
  prompt: string;
  retired: boolean;
  isOwner: boolean;
  version: number;
  /** The answer key: null while hidden (not attempted, not revealed). */
  answer: { modelAnswer: string; keyPoints: string[]; bonusPoints: string[]; discussionPoints: string[] } | null;
  state: { challenged: boolean; note: string; noteVersion: number; revealed: boolean };
};

/** Where a user may see a question: the bank (including retired ones they reach by id) or their own. */
export const visibleTo = (userId: string) => ({ OR: [{ ownerId: null }, { ownerId: userId }] });

type QuestionRow = QuestionFields & {
  prompt: string;
  retired: boolean;
  ownerId: string | null;
  version: number;
  modelAnswer: string;
  keyPoints: string[];
  bonusPoints: string[];
  discussionPoints: string[];
  challenged: boolean | null;
  note: string | null;
  noteVersion: number | null;
  revealed: boolean;
  attempted: boolean;
};

/**
 * One question as `userId` sees it. The model answer, key points and discussion points
 * stay hidden until the user reveals them, owns the question or has submitted an attempt on
 * it; `attempted: true` opens them regardless (a mentor reading a shared attempt).
 *
 * One SQL statement (the hottest read of the app, issue 20): the question, the user's state
 * on it and whether they submitted an attempt, instead of three Prisma queries; sent straight
 * through the pool (rows()), not through Prisma's query compiler.
 */
export async function getQuestion(userId: string, id: string, opts: { attempted?: boolean } = {}): Promise<QuestionDetail> {
  const [q] = await rows<QuestionRow>(Prisma.sql`
    SELECT ${QUESTION_FIELD_COLUMNS}, q."prompt", q."retiredAt" IS NOT NULL AS "retired", q."ownerId", q."version", q."modelAnswer",
           q."keyPoints", q."bonusPoints", q."discussionPoints",
           s."challenged", s."note", s."noteVersion", s."revealedAt" IS NOT NULL AS "revealed",
           EXISTS (SELECT 1 FROM "PracticeAttempt" a
                   WHERE a."userId" = ${userId} AND a."questionId" = q."id" AND a."status" <> 'IN_PROGRESS') AS "attempted"
    FROM "Question" q
    LEFT JOIN "UserQuestionState" s ON s."userId" = ${userId} AND s."questionId" = q."id"
    WHERE q."id" = ${id} AND (q."ownerId" IS NULL OR q."ownerId" = ${userId})`);
  if (!q) throw notFound("That question does not exist or is not yours.");
  const isOwner = q.ownerId === userId;
  const open = isOwner || q.revealed || q.attempted || Boolean(opts.attempted);
  return {
    ...questionFields(q),
    prompt: q.prompt,
    retired: q.retired,
    isOwner,
    version: q.version,
    answer: open ? { modelAnswer: q.modelAnswer, keyPoints: q.keyPoints, bonusPoints: q.bonusPoints, discussionPoints: q.discussionPoints } : null,
    state: {
      challenged: q.challenged ?? false,
      note: q.note ?? "",
      noteVersion: q.noteVersion ?? 0,
      revealed: q.revealed,
    },
  };
}
