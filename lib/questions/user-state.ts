import "server-only";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { visibleTo } from "./get-question";

async function assertVisible(userId: string, questionId: string) {
  const q = await db.question.findFirst({ where: { id: questionId, ...visibleTo(userId) }, select: { id: true } });
  if (!q) throw notFound("That question does not exist or is not yours.");
}

const key = (userId: string, questionId: string) => ({ userId_questionId: { userId, questionId } });

export async function setChallenged(userId: string, questionId: string, challenged: boolean) {
  await assertVisible(userId, questionId);
  const s = await db.userQuestionState.upsert({
    where: key(userId, questionId),
    create: { userId, questionId, challenged },
    update: { challenged },
    select: { challenged: true },
  });
  return s;
}

export async function revealAnswer(userId: string, questionId: string) {
  await assertVisible(userId, questionId);
  const now = new Date();
  await db.userQuestionState.upsert({
    where: key(userId, questionId),
    create: { userId, questionId, revealedAt: now },
    update: {},
  });
  // Revealing again keeps the first time.
  await db.userQuestionState.updateMany({ where: { userId, questionId, revealedAt: null }, data: { revealedAt: now } });
}

/** Saves the private note if `version` matches what the client last saw (409 otherwise). */
export async function saveNote(userId: string, questionId: string, note: string, version: number) {
  await assertVisible(userId, questionId);
  const text = note.trim() === "" ? null : note;
  if (version === 0) {
    const created = await db.userQuestionState
      .create({ data: { userId, questionId, note: text, noteVersion: 1 }, select: { noteVersion: true } })
      .catch(() => null);
    if (created) return { note: text ?? "", noteVersion: created.noteVersion };
  }
  const result = await db.userQuestionState.updateMany({
    where: { userId, questionId, noteVersion: version },
    data: { note: text, noteVersion: { increment: 1 } },
  });
  if (result.count === 0) {
    throw new HttpError(409, "stale_version", "Your note was changed in another tab. Reload to see it.");
  }
  const s = await db.userQuestionState.findUniqueOrThrow({ where: key(userId, questionId), select: { noteVersion: true } });
  return { note: text ?? "", noteVersion: s.noteVersion };
}
