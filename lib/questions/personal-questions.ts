import "server-only";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { type PersonalQuestionInput } from "./schema";
import { COMPANY_TYPES, DIFFICULTIES, QUESTION_TYPES, toDb } from "./taxonomy";

function toData(input: PersonalQuestionInput) {
  return {
    title: input.title,
    prompt: input.prompt,
    type: toDb(QUESTION_TYPES, input.type),
    focusArea: input.focusArea,
    difficulty: toDb(DIFFICULTIES, input.difficulty),
    allocatedMinutes: input.allocatedMinutes,
    expectedMinutes: input.expectedMinutes,
    keyPoints: input.keyPoints,
    modelAnswer: input.modelAnswer,
    discussionPoints: input.discussionPoints,
    tags: [...new Set(input.tags)],
    companyType: toDb(COMPANY_TYPES, input.companyType),
  };
}

export async function createPersonalQuestion(userId: string, input: PersonalQuestionInput) {
  return db.question.create({
    data: { ...toData(input), ownerId: userId, source: "PERSONAL" },
    select: { id: true, version: true },
  });
}

/** Updates a personal question if `version` is current (409 otherwise); others' questions are 404. */
export async function updatePersonalQuestion(userId: string, id: string, input: PersonalQuestionInput & { version: number }) {
  const result = await db.question.updateMany({
    where: { id, ownerId: userId, version: input.version },
    data: { ...toData(input), version: { increment: 1 } },
  });
  if (result.count === 0) {
    const exists = await db.question.findFirst({ where: { id, ownerId: userId }, select: { version: true } });
    if (!exists) throw notFound("That question does not exist or is not yours.");
    throw new HttpError(409, "stale_version", "This question was changed elsewhere. Reload to see the latest version.");
  }
  return db.question.findUniqueOrThrow({ where: { id }, select: { id: true, version: true } });
}

export async function deletePersonalQuestion(userId: string, id: string) {
  const result = await db.question.deleteMany({ where: { id, ownerId: userId } });
  if (result.count === 0) throw notFound("That question does not exist or is not yours.");
}
