import "server-only";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { COMPANY_TYPES, DIFFICULTIES, QUESTION_TYPES, SOURCES, fromDb } from "./taxonomy";

export type QuestionDetail = {
  id: string;
  slug: string | null;
  title: string;
  prompt: string;
  type: string;
  focusArea: string;
  difficulty: string;
  allocatedMinutes: number;
  expectedMinutes: number;
  tags: string[];
  companyType: string;
  source: string;
  retired: boolean;
  isOwner: boolean;
  version: number;
  /** The answer key: null while hidden (not attempted, not revealed). */
  answer: { modelAnswer: string; keyPoints: string[]; bonusPoints: string[]; discussionPoints: string[] } | null;
  state: { challenged: boolean; note: string; noteVersion: number; revealed: boolean };
};

/** Where a user may see a question: the bank (including retired ones they reach by id) or their own. */
export const visibleTo = (userId: string) => ({ OR: [{ ownerId: null }, { ownerId: userId }] });

/**
 * One question as `userId` sees it. The model answer, key points and discussion points
 * stay hidden until the user reveals them or has attempted the question (`attempted`).
 */
export async function getQuestion(userId: string, id: string, opts: { attempted?: boolean } = {}): Promise<QuestionDetail> {
  const q = await db.question.findFirst({
    where: { id, ...visibleTo(userId) },
    include: { userStates: { where: { userId }, take: 1 } },
  });
  if (!q) throw notFound("That question does not exist or is not yours.");
  const state = q.userStates[0];
  const isOwner = q.ownerId === userId;
  const open = isOwner || Boolean(state?.revealedAt) || Boolean(opts.attempted);
  return {
    id: q.id,
    slug: q.slug,
    title: q.title,
    prompt: q.prompt,
    type: fromDb(QUESTION_TYPES, q.type),
    focusArea: q.focusArea,
    difficulty: fromDb(DIFFICULTIES, q.difficulty),
    allocatedMinutes: q.allocatedMinutes,
    expectedMinutes: q.expectedMinutes,
    tags: q.tags,
    companyType: fromDb(COMPANY_TYPES, q.companyType),
    source: fromDb(SOURCES, q.source),
    retired: q.retiredAt !== null,
    isOwner,
    version: q.version,
    answer: open ? { modelAnswer: q.modelAnswer, keyPoints: q.keyPoints, bonusPoints: q.bonusPoints, discussionPoints: q.discussionPoints } : null,
    state: {
      challenged: state?.challenged ?? false,
      note: state?.note ?? "",
      noteVersion: state?.noteVersion ?? 0,
      revealed: Boolean(state?.revealedAt),
    },
  };
}
