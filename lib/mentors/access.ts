import "server-only";
// The one door through which a mentor reaches a mentee's data. Every mentor-facing route and
// page calls `mentorAccess` first: it finds an active mentorship between the two, checks the
// scope (or a review request for the item), records the read in the candidate's access log,
// and otherwise throws 404 — never 403, so a mentor cannot learn what exists. Nothing is
// cached: ending a mentorship or turning a scope off applies to the very next request.
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { ACCESS_REPEAT_MINUTES } from "./data/settings";
import { SCOPE_SELECT, type Scope, type Scopes, fieldOf, itemShared, scopesOf } from "./scopes";

type MentorItem = { kind: "attempt"; id: string } | { kind: "mock"; id: string };

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

const NOT_SHARED = "Not found: it does not exist or is not shared with you.";

const mentorshipSelect = {
  id: true,
  candidateId: true,
  mentorId: true,
  ...SCOPE_SELECT,
  candidate: { select: { displayName: true } },
} as const;

/** The active mentorship in which `mentorId` mentors `candidateId`, or null. */
async function activeMentorship(mentorId: string, candidateId: string) {
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
    const byScope = itemShared(grant.scopes, { kind: "attempt", mockId: a.mockId }, false);
    const requested =
      !byScope &&
      (await db.reviewRequest.count({
        where: {
          mentorshipId: grant.mentorshipId,
          withdrawnAt: null,
          OR: [{ attemptId: a.id }, ...(a.mockId ? [{ mockId: a.mockId }] : [])],
        },
      })) > 0;
    if (!itemShared(grant.scopes, { kind: "attempt", mockId: a.mockId }, requested)) throw notFound(NOT_SHARED);
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
  if (!itemShared(grant.scopes, { kind: "mock", mockId: mock.id }, requested)) throw notFound(NOT_SHARED);
  return { kind: "mock", id: mock.id, label: planTitle(mock.plan), mockId: mock.id, viaRequest: requested };
}

export const planTitle = (plan: unknown) => {
  const t = (plan as { title?: unknown } | null)?.title;
  return typeof t === "string" ? t : "Mock interview";
};

/** One item of a candidate's, as a notification refers to it: an attempt (maybe a mock answer) or a mock. */
export type ItemRef = { candidateId: string; attemptId: string | null; mockId: string | null };
export const itemKey = (r: { attemptId: string | null; mockId: string | null }) =>
  r.attemptId ? `attempt:${r.attemptId}` : `mock:${r.mockId}`;

/**
 * Which of these items `mentorId` may open right now, by the same rule as `mentorAccess`
 * (active mentorship, then scope or open request), without logging a read: item key → title.
 * Four queries whatever the number of items (notifications are rendered with it).
 */
export async function itemsVisibleToMentor(mentorId: string, refs: readonly ItemRef[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const candidateIds = [...new Set(refs.map((r) => r.candidateId))].filter((id) => id !== mentorId);
  if (candidateIds.length === 0) return out;
  const attemptIds = [...new Set(refs.flatMap((r) => (r.attemptId ? [r.attemptId] : [])))];
  const mockIds = [...new Set(refs.flatMap((r) => (!r.attemptId && r.mockId ? [r.mockId] : [])))];
  const [ships, attempts, mocks] = await Promise.all([
    db.mentorship.findMany({ where: { mentorId, candidateId: { in: candidateIds }, endedAt: null }, select: mentorshipSelect }),
    attemptIds.length
      ? db.practiceAttempt.findMany({
          where: { id: { in: attemptIds }, userId: { in: candidateIds }, status: { not: "IN_PROGRESS" } },
          select: { id: true, userId: true, mockId: true, question: { select: { title: true } } },
        })
      : [],
    mockIds.length
      ? db.mock.findMany({
          where: { id: { in: mockIds }, userId: { in: candidateIds }, status: "FINISHED" },
          select: { id: true, userId: true, plan: true },
        })
      : [],
  ]);
  if (ships.length === 0) return out;
  const shipOf = new Map(ships.map((m) => [m.candidateId, m]));
  const requestMocks = [...mockIds, ...attempts.flatMap((a) => (a.mockId ? [a.mockId] : []))];
  const requests = await db.reviewRequest.findMany({
    where: {
      mentorshipId: { in: ships.map((m) => m.id) },
      withdrawnAt: null,
      OR: [{ attemptId: { in: attempts.map((a) => a.id) } }, { mockId: { in: requestMocks } }],
    },
    select: { mentorshipId: true, attemptId: true, mockId: true },
  });
  const requested = (mentorshipId: string, attemptId: string | null, mockId: string | null) =>
    requests.some(
      (r) => r.mentorshipId === mentorshipId && ((attemptId && r.attemptId === attemptId) || (mockId && r.mockId === mockId)),
    );
  for (const a of attempts) {
    const m = shipOf.get(a.userId);
    if (m && itemShared(scopesOf(m), { kind: "attempt", mockId: a.mockId }, requested(m.id, a.id, a.mockId)))
      out.set(itemKey({ attemptId: a.id, mockId: null }), a.question.title);
  }
  for (const k of mocks) {
    const m = shipOf.get(k.userId);
    if (m && itemShared(scopesOf(m), { kind: "mock", mockId: k.id }, requested(m.id, null, k.id)))
      out.set(itemKey({ attemptId: null, mockId: k.id }), planTitle(k.plan));
  }
  return out;
}

/** The earliest time a logged read still counts as "just now" (a repeat is not logged again). */
function repeatWindowStart(now: Date, minutes = ACCESS_REPEAT_MINUTES): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

async function record(grant: Grant, log: NonNullable<Options["log"]>) {
  const entry = {
    candidateId: grant.candidateId,
    mentorId: grant.mentorId,
    itemKind: log.kind,
    itemId: log.id ?? null,
  };
  // A page and its API reads (and reloads) hit this several times a minute: log a read of the
  // same item by the same mentor once per window.
  const recent = await db.mentorAccessLog.findFirst({
    where: { ...entry, at: { gte: repeatWindowStart(new Date()) } },
    select: { id: true },
  });
  if (recent) return;
  await db.mentorAccessLog.create({ data: { ...entry, itemLabel: log.label.slice(0, 200) } });
}
