import "server-only";
import { userToday } from "@/lib/calendar/today";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { type SelfAssessmentInput, type SelfAssessmentUpdate } from "./schema";
import { bandFor, mean } from "./scores";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

export type SelfAssessmentView = {
  id: string;
  assessedOn: string;
  scores: { mlFundamentals: number; deepLearning: number; systemDesign: number; communicationLeadership: number };
  overall: number;
  band: string;
  note: string;
  version: number;
};

type Row = {
  id: string;
  assessedOn: Date;
  mlFundamentals: number;
  deepLearning: number;
  systemDesign: number;
  communicationLeadership: number;
  note: string | null;
  version: number;
};

function present(r: Row): SelfAssessmentView {
  const scores = {
    mlFundamentals: r.mlFundamentals,
    deepLearning: r.deepLearning,
    systemDesign: r.systemDesign,
    communicationLeadership: r.communicationLeadership,
  };
  const overall = mean(Object.values(scores))!;
  return {
    id: r.id,
    assessedOn: r.assessedOn.toISOString().slice(0, 10),
    scores,
    overall,
    band: bandFor(overall).value,
    note: r.note ?? "",
    version: r.version,
  };
}

/** Newest first. */
export async function listSelfAssessments(userId: string, limit = 100): Promise<SelfAssessmentView[]> {
  const rows = await db.selfAssessment.findMany({
    where: { userId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    take: limit,
  });
  return rows.map(present);
}

async function checkNotFuture(userId: string, assessedOn: string) {
  const today = await userToday(userId);
  if (assessedOn > today) {
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      assessedOn: `An assessment cannot be dated in the future (today is ${today} in your time zone).`,
    });
  }
}

export async function createSelfAssessment(userId: string, input: SelfAssessmentInput): Promise<SelfAssessmentView> {
  await checkNotFuture(userId, input.assessedOn);
  const row = await db.selfAssessment.create({
    data: { userId, assessedOn: new Date(`${input.assessedOn}T00:00:00Z`), ...input.scores, note: input.note || null },
  });
  return present(row);
}

/** Replaces an assessment the user owns, if `input.version` is still current (else 409 stale_version). */
export async function updateSelfAssessment(
  userId: string,
  id: string,
  input: SelfAssessmentUpdate,
): Promise<SelfAssessmentView> {
  const current = await db.selfAssessment.findFirst({ where: { id, userId }, select: { id: true } });
  if (!current) throw notFound("That assessment does not exist.");
  await checkNotFuture(userId, input.assessedOn);
  const result = await db.selfAssessment.updateMany({
    where: { id, userId, version: input.version },
    data: {
      assessedOn: new Date(`${input.assessedOn}T00:00:00Z`),
      ...input.scores,
      note: input.note || null,
      version: { increment: 1 },
    },
  });
  if (result.count === 0) {
    throw new HttpError(
      409,
      "stale_version",
      "This assessment was changed elsewhere. Reload to see the latest version.",
    );
  }
  return present(await db.selfAssessment.findFirstOrThrow({ where: { id, userId } }));
}

export async function deleteSelfAssessment(userId: string, id: string) {
  const r = await db.selfAssessment.deleteMany({ where: { id, userId } });
  if (r.count === 0) throw notFound("That assessment does not exist.");
}

export async function exportSelfAssessments(userId: string) {
  return listSelfAssessments(userId, 10_000);
}
