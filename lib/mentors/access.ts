import "server-only";
// The one door through which a mentor reaches a mentee's data. Every mentor-facing route and
// page calls `mentorAccess` first: it finds an active mentorship between the two, checks the
// scope (or a review request for the item), records the read in the candidate's access log,
// and otherwise throws 404 — never 403, so a mentor cannot learn what exists. Nothing is
// cached: ending a mentorship or turning a scope off applies to the very next request.
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { type Scope, type Scopes, fieldOf, scopesOf } from "./scopes";

export type MentorItem = { kind: "attempt"; id: string } | { kind: "mock"; id: string };

export type Grant = {
  mentorshipId: string;
  candidateId: string;
  candidateName: string;
  mentorId: string;
  scopes: Scopes;
};

export type ItemGrant = Grant & {
  item: { kind: "attempt" | "mock"; id: string; label: string; mockId: string | null; viaRequest: boolean };
};

export const NOT_SHARED = "Not found: it does not exist or is not shared with you.";

const mentorshipSelect = {
  id: true,
  candidateId: true,
  mentorId: true,
  shareAttempts: true,
  shareMocks: true,
  shareProgress: true,
  shareOffers: true,
  sharePlan: true,
  candidate: { select: { displayName: true } },
} as const;

/** The active mentorship in which `mentorId` mentors `candidateId`, or null. */
export async function activeMentorship(mentorId: string, candidateId: string) {
  if (mentorId === candidateId) return null;
  return db.mentorship.findFirst({
    where: { candidateId, mentorId, endedAt: null },
    select: mentorshipSelect,
  });
}

type Options = {
  /** The part of the mentee's data asked for; none = the mentorship itself (the mentee's overview). */
  scope?: Scope;
  /** What to record in the access log; omit for reads that show nothing of the mentee's data. */
  log?: { kind: string; id?: string | null; label: string };
};

export async function mentorAccess(
  viewerId: string,
  candidateId: string,
  opts: Options & { item: MentorItem },
): Promise<ItemGrant>;
export async function mentorAccess(viewerId: string, candidateId: string, opts?: Options): Promise<Grant>;
export async function mentorAccess(
  viewerId: string,
  candidateId: string,
  opts: Options & { item?: MentorItem } = {},
): Promise<Grant | ItemGrant> {
  const m = await activeMentorship(viewerId, candidateId);
  if (!m) throw notFound(NOT_SHARED);
  const grant: Grant = {
    mentorshipId: m.id,
    candidateId,
    candidateName: m.candidate.displayName,
    mentorId: viewerId,
    scopes: scopesOf(m),
  };
  if (opts.item) {
    const item = await itemGrant(grant, opts.item);
    await record(grant, opts.log ?? { kind: item.kind, id: item.id, label: item.label });
    return { ...grant, item };
  }
  if (opts.scope && !m[fieldOf(opts.scope)]) throw notFound(NOT_SHARED);
  if (opts.log) await record(grant, opts.log);
  return grant;
}

/** An item is shared by its scope (mock answers belong to the mocks scope) or by a review request. */
async function itemGrant(grant: Grant, item: MentorItem): Promise<ItemGrant["item"]> {
  if (item.kind === "attempt") {
    const a = await db.practiceAttempt.findFirst({
      where: { id: item.id, userId: grant.candidateId, status: { not: "IN_PROGRESS" } },
      select: { id: true, mockId: true, question: { select: { title: true } } },
    });
    if (!a) throw notFound(NOT_SHARED);
    const byScope = a.mockId ? grant.scopes.mocks : grant.scopes.attempts;
    const requested =
      !byScope &&
      (await db.reviewRequest.count({
        where: {
          mentorshipId: grant.mentorshipId,
          withdrawnAt: null,
          OR: [{ attemptId: a.id }, ...(a.mockId ? [{ mockId: a.mockId }] : [])],
        },
      })) > 0;
    if (!byScope && !requested) throw notFound(NOT_SHARED);
    return { kind: "attempt", id: a.id, label: a.question.title, mockId: a.mockId, viaRequest: requested };
  }
  const mock = await db.mock.findFirst({
    where: { id: item.id, userId: grant.candidateId, status: "FINISHED" },
    select: { id: true, templateId: true, plan: true },
  });
  if (!mock) throw notFound(NOT_SHARED);
  const requested =
    !grant.scopes.mocks &&
    (await db.reviewRequest.count({
      where: { mentorshipId: grant.mentorshipId, withdrawnAt: null, mockId: mock.id },
    })) > 0;
  if (!grant.scopes.mocks && !requested) throw notFound(NOT_SHARED);
  const title = (mock.plan as { title?: unknown } | null)?.title;
  return {
    kind: "mock",
    id: mock.id,
    label: typeof title === "string" ? title : "Mock interview",
    mockId: mock.id,
    viaRequest: requested,
  };
}

async function record(grant: Grant, log: NonNullable<Options["log"]>) {
  await db.mentorAccessLog.create({
    data: {
      candidateId: grant.candidateId,
      mentorId: grant.mentorId,
      itemKind: log.kind,
      itemId: log.id ?? null,
      itemLabel: log.label.slice(0, 200),
    },
  });
}
