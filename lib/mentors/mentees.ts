import "server-only";
// The mentor dashboard: each mentee with their latest band, last activity and items waiting,
// plus recent shared activity. A fixed number of queries whatever the number of mentees.
import { bandFor } from "@/lib/rubric/scores";
import { db } from "@/lib/server/db";
import { attemptPath, mockPath } from "./review-requests";
import { SCOPE_SELECT, type Scopes, scopesOf } from "./scopes";

type MenteeCard = {
  id: string;
  name: string;
  mentorshipId: string;
  since: string;
  scopes: Scopes;
  /**
   * The newer of the latest self-assessment (when progress is shared) and the latest finished
   * mock interview with scored answers (when mocks are shared).
   */
  latestBand: { band: string; overall: number; on: string; source: "self-assessment" | "mock" } | null;
  /** The latest submitted practice attempt, when attempts are shared. */
  lastActivityAt: string | null;
  waiting: number;
};

type ActivityItem = {
  kind: "attempt" | "mock";
  menteeId: string;
  menteeName: string;
  title: string;
  at: string;
  link: string;
};

type Scored = { overall: number; on: string };

/** The newer of the two (a mock wins a tie: it was scored under the clock); 2 decimals. */
function latestBand(self: Scored | null, mock: Scored | null): MenteeCard["latestBand"] {
  const pick =
    mock && (!self || mock.on >= self.on)
      ? { ...mock, source: "mock" as const }
      : self && { ...self, source: "self-assessment" as const };
  if (!pick) return null;
  const overall = Math.round(pick.overall * 100) / 100;
  return { band: bandFor(overall).value, overall, on: pick.on, source: pick.source };
}

export async function mentorDashboard(mentorId: string) {
  const ships = await db.mentorship.findMany({
    where: { mentorId, endedAt: null },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      candidateId: true,
      startedAt: true,
      ...SCOPE_SELECT,
      candidate: { select: { displayName: true } },
    },
  });
  const progressIds = ships.filter((s) => s.shareProgress).map((s) => s.candidateId);
  const attemptIds = ships.filter((s) => s.shareAttempts).map((s) => s.candidateId);
  const mockIds = ships.filter((s) => s.shareMocks).map((s) => s.candidateId);
  const [latest, latestMocks, lastAttempts, waiting, recentAttempts, recentMocks] = await Promise.all([
    progressIds.length
      ? db.$queryRaw<{ userId: string; assessedOn: string; sum: number }[]>`
          SELECT DISTINCT ON ("userId") "userId", to_char("assessedOn", 'YYYY-MM-DD') AS "assessedOn",
                 ("mlFundamentals" + "deepLearning" + "systemDesign" + "communicationLeadership")::int AS "sum"
          FROM "SelfAssessment" WHERE "userId" = ANY(${progressIds}::text[])
          ORDER BY "userId", "assessedOn" DESC, "createdAt" DESC`
      : Promise.resolve([]),
    // Each mentee's latest finished mock that has scored answers: the report's overall score.
    mockIds.length
      ? db.$queryRaw<{ userId: string; finishedOn: string; sum: number; scored: number }[]>`
          SELECT DISTINCT ON (m."userId") m."userId", to_char(m."finishedAt", 'YYYY-MM-DD') AS "finishedOn",
                 sum(a."technicalAccuracy" + a."communicationClarity" + a."problemSolving" + a."practicalConsiderations")::int AS "sum",
                 count(*)::int AS "scored"
          FROM "Mock" m JOIN "PracticeAttempt" a ON a."mockId" = m."id" AND a."status" = 'SCORED'
          WHERE m."userId" = ANY(${mockIds}::text[]) AND m."status" = 'FINISHED'
          GROUP BY m."id"
          ORDER BY m."userId", m."finishedAt" DESC`
      : Promise.resolve([]),
    attemptIds.length
      ? db.practiceAttempt.groupBy({
          by: ["userId"],
          where: { userId: { in: attemptIds }, mockId: null, submittedAt: { not: null } },
          _max: { submittedAt: true },
        })
      : Promise.resolve([]),
    db.reviewRequest.groupBy({
      by: ["candidateId"],
      where: { mentorId, completedAt: null, withdrawnAt: null, mentorship: { endedAt: null } },
      _count: { _all: true },
    }),
    attemptIds.length
      ? db.practiceAttempt.findMany({
          where: { userId: { in: attemptIds }, mockId: null, submittedAt: { not: null } },
          orderBy: { submittedAt: "desc" },
          take: 10,
          select: { id: true, userId: true, submittedAt: true, question: { select: { title: true } } },
        })
      : Promise.resolve([]),
    mockIds.length
      ? db.mock.findMany({
          where: { userId: { in: mockIds }, status: "FINISHED" },
          orderBy: { finishedAt: "desc" },
          take: 10,
          select: { id: true, userId: true, plan: true, finishedAt: true },
        })
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(ships.map((s) => [s.candidateId, s.candidate.displayName]));
  const mentees: MenteeCard[] = ships.map((s) => {
    const l = latest.find((x) => x.userId === s.candidateId);
    const m = latestMocks.find((x) => x.userId === s.candidateId);
    return {
      id: s.candidateId,
      name: s.candidate.displayName,
      mentorshipId: s.id,
      since: s.startedAt.toISOString(),
      scopes: scopesOf(s),
      latestBand: latestBand(
        l ? { overall: l.sum / 4, on: l.assessedOn } : null,
        m ? { overall: m.sum / (4 * m.scored), on: m.finishedOn } : null,
      ),
      lastActivityAt:
        lastAttempts.find((x) => x.userId === s.candidateId)?._max.submittedAt?.toISOString() ?? null,
      waiting: waiting.find((w) => w.candidateId === s.candidateId)?._count._all ?? 0,
    };
  });
  const activity: ActivityItem[] = [
    ...recentAttempts.map((a) => ({
      kind: "attempt" as const,
      menteeId: a.userId,
      menteeName: nameOf.get(a.userId) ?? "",
      title: a.question.title,
      at: a.submittedAt!.toISOString(),
      link: attemptPath(a.userId, a.id),
    })),
    ...recentMocks.map((m) => {
      const t = (m.plan as { title?: unknown } | null)?.title;
      return {
        kind: "mock" as const,
        menteeId: m.userId,
        menteeName: nameOf.get(m.userId) ?? "",
        title: typeof t === "string" ? t : "Mock interview",
        at: m.finishedAt!.toISOString(),
        link: mockPath(m.userId, m.id),
      };
    }),
  ]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, 10);
  return { mentees, activity };
}
