import "server-only";
// Mentorships from both sides: the candidate's mentors (with what each may see) and the
// mentor's mentees. The candidate changes scopes; either side can end it.
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { notify } from "./notifications";
import { SCOPE_SELECT, type Scopes, scopeColumns, scopesOf } from "./scopes";

export type MentorshipView = {
  id: string;
  candidate: { id: string; name: string };
  mentor: { id: string; name: string };
  scopes: Scopes;
  startedAt: string;
  endedAt: string | null;
};

export const mentorshipSelect = {
  id: true,
  candidateId: true,
  mentorId: true,
  ...SCOPE_SELECT,
  startedAt: true,
  endedAt: true,
  candidate: { select: { displayName: true } },
  mentor: { select: { displayName: true } },
} as const;

type Row = {
  id: string;
  candidateId: string;
  mentorId: string;
  startedAt: Date;
  endedAt: Date | null;
  candidate: { displayName: string };
  mentor: { displayName: string };
} & Parameters<typeof scopesOf>[0];

export function presentMentorship(r: Row): MentorshipView {
  return {
    id: r.id,
    candidate: { id: r.candidateId, name: r.candidate.displayName },
    mentor: { id: r.mentorId, name: r.mentor.displayName },
    scopes: scopesOf(r),
    startedAt: r.startedAt.toISOString(),
    endedAt: r.endedAt?.toISOString() ?? null,
  };
}

/** Active mentorships on both sides (ended ones are history: the candidate sees them in the access log). */
export async function listMentorships(userId: string) {
  const [asCandidate, asMentor] = await Promise.all([
    db.mentorship.findMany({
      where: { candidateId: userId, endedAt: null },
      orderBy: { startedAt: "asc" },
      select: mentorshipSelect,
    }),
    db.mentorship.findMany({
      where: { mentorId: userId, endedAt: null },
      orderBy: { startedAt: "asc" },
      select: mentorshipSelect,
    }),
  ]);
  return { mentors: asCandidate.map(presentMentorship), mentees: asMentor.map(presentMentorship) };
}

export async function updateScopes(candidateId: string, id: string, scopes: Partial<Scopes>) {
  const res = await db.mentorship.updateMany({
    where: { id, candidateId, endedAt: null },
    data: scopeColumns(scopes),
  });
  if (res.count === 0) throw notFound("That mentorship does not exist, has ended or is not yours to change.");
  return presentMentorship(
    await db.mentorship.findUniqueOrThrow({ where: { id }, select: mentorshipSelect }),
  );
}

/** Ends the mentorship (either side); open review requests are withdrawn with it. */
export async function endMentorship(userId: string, id: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const m = await tx.mentorship.findFirst({
      where: { id, endedAt: null, OR: [{ candidateId: userId }, { mentorId: userId }] },
      select: mentorshipSelect,
    });
    if (!m) throw notFound("That mentorship does not exist or has already ended.");
    await tx.mentorship.update({ where: { id }, data: { endedAt: now } });
    await tx.reviewRequest.updateMany({
      where: { mentorshipId: id, completedAt: null, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    const other = m.candidateId === userId ? m.mentorId : m.candidateId;
    await notify(tx, other, "MENTORSHIP_ENDED", { actorId: userId, candidateId: m.candidateId });
    return presentMentorship({ ...m, endedAt: now });
  });
}
