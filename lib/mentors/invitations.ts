import "server-only";
// Invitations: made by a candidate, accepted once by another user. The link token and the
// short code are shown once at creation; only their hashes are stored. Acceptance is one
// conditional UPDATE (still pending, not expired) inside the transaction that creates the
// mentorship, so two concurrent accepts cannot both win and a refused accept creates nothing.
import { CODE_RULES, tryAgainIn } from "@/lib/accounts/throttle";
import { countAttempt, keys, release } from "@/lib/accounts/throttle-store";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { formatCode, looksLikeToken, newCode, newToken, normaliseCode, sha256 } from "./codes";
import { PENDING_INVITATIONS_MAX } from "./data/settings";
import { NOT_ACCEPTABLE, expiryFrom, invitationStatus, type InvitationStatus } from "./invitation-status";
import { notify } from "./notifications";
import { SCOPE_SELECT, type Scopes, scopeColumns, scopesOf } from "./scopes";
import { type InvitationCreate } from "./schema";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

export type InvitationView = {
  id: string;
  label: string;
  scopes: Scopes;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
};

const select = {
  id: true,
  label: true,
  ...SCOPE_SELECT,
  expiresAt: true,
  createdAt: true,
  acceptedAt: true,
  revokedAt: true,
  acceptedBy: { select: { displayName: true } },
} satisfies Prisma.MentorInvitationSelect;

function present(r: Prisma.MentorInvitationGetPayload<{ select: typeof select }>, now: Date): InvitationView {
  return {
    id: r.id,
    label: r.label,
    scopes: scopesOf(r),
    status: invitationStatus(r, now),
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    acceptedBy: r.acceptedBy?.displayName ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

/** Creates an invitation; the token (in `path`) and the code are returned only here. */
export async function createInvitation(candidateId: string, input: InvitationCreate, now = new Date()) {
  const pending = await db.mentorInvitation.count({
    where: { candidateId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  if (pending >= PENDING_INVITATIONS_MAX) {
    throw new HttpError(
      409,
      "too_many_invitations",
      `You have ${pending} open invitations. Revoke some before making another.`,
    );
  }
  for (let i = 0; ; i++) {
    const token = newToken();
    const code = newCode();
    try {
      const row = await db.mentorInvitation.create({
        data: {
          candidateId,
          tokenHash: sha256(token),
          codeHash: sha256(code),
          label: input.label,
          expiresAt: expiryFrom(now, input.expiresInDays),
          ...scopeColumns(input.scopes),
        },
        select,
      });
      return { invitation: present(row, now), path: `/invite/${token}`, code: formatCode(code) };
    } catch (e) {
      // A code collision (2^39 codes) is retried with fresh secrets.
      if (i < 3 && e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") continue;
      throw e;
    }
  }
}

export async function listInvitations(candidateId: string, now = new Date()): Promise<InvitationView[]> {
  const rows = await db.mentorInvitation.findMany({
    where: { candidateId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select,
  });
  return rows.map((r) => present(r, now));
}

export async function revokeInvitation(candidateId: string, id: string, now = new Date()) {
  const res = await db.mentorInvitation.updateMany({
    where: { id, candidateId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (res.count === 0) {
    const row = await db.mentorInvitation.findFirst({ where: { id, candidateId }, select });
    if (!row) throw notFound("That invitation does not exist or is not yours.");
    const status = invitationStatus(row, now);
    if (status === "accepted")
      throw new HttpError(
        409,
        "invitation_used",
        "That invitation was already accepted; end the mentorship instead.",
      );
  }
  const row = await db.mentorInvitation.findFirstOrThrow({ where: { id, candidateId }, select });
  return present(row, now);
}

type Key = { token: string } | { code: string };

/** Counts one code entry; throws 429 when the user or the address is over its limit. Returns the keys counted. */
async function countCodeAttempt(userId: string, address: string | null, now: Date) {
  const k = keys();
  const steps = [
    { key: k.codeUser(userId), rule: CODE_RULES.user },
    { key: k.codeAddress(address), rule: CODE_RULES.address },
  ];
  const blocked = await countAttempt(steps, now);
  if (blocked) {
    throw new HttpError(429, "too_many_attempts", `Too many wrong codes. ${tryAgainIn(blocked.retryAfter)}`, undefined, {
      "Retry-After": String(blocked.retryAfter),
    });
  }
  return steps.map((s) => s.key);
}

function hashOf(key: Key): string | null {
  if ("token" in key) return looksLikeToken(key.token) ? sha256(key.token) : null;
  const code = normaliseCode(key.code);
  return code ? sha256(code) : null;
}

const whereKey = (key: Key, hash: string) => ("token" in key ? { tokenHash: hash } : { codeHash: hash });

const UNKNOWN: Record<"token" | "code", HttpError> = {
  token: new HttpError(
    404,
    "invitation_not_found",
    "This invitation link is not valid. Check that you copied all of it, or ask for a new one.",
  ),
  code: new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
    code: "No invitation has that code. Check it (8 letters and digits, like ABCD-EF23) or ask for a new one.",
  }),
};

/** What the accept page shows: who invited, what they share, and whether it can still be accepted. */
export async function lookupInvitation(token: string, now = new Date()) {
  const hash = hashOf({ token });
  const row = hash
    ? await db.mentorInvitation.findUnique({
        where: { tokenHash: hash },
        select: { ...select, candidateId: true, candidate: { select: { displayName: true } } },
      })
    : null;
  if (!row) return null;
  return { ...present(row, now), candidateId: row.candidateId, candidateName: row.candidate.displayName };
}

/**
 * Accepts an invitation (by link token or code) as `mentorId`. Refused, with nothing
 * written: unknown, expired, used or revoked invitations, one's own invitation, and an
 * invitation from someone this user already mentors.
 */
export async function acceptInvitation(mentorId: string, key: Key, address: string | null, now = new Date()) {
  const kind = "token" in key ? "token" : "code";
  // Codes are short enough to guess: every code entry is counted (atomically, per user and per
  // address) before the lookup; a code that names an invitation takes its attempt back.
  const counted = kind === "code" ? await countCodeAttempt(mentorId, address, now) : null;
  const hash = hashOf(key);
  const inv = hash
    ? await db.mentorInvitation.findUnique({
        where: whereKey(key, hash),
        select: { ...select, candidateId: true, candidate: { select: { displayName: true } } },
      })
    : null;
  if (!inv) throw UNKNOWN[kind];
  if (counted) await Promise.all(counted.map((k) => release(k, now)));
  const status = invitationStatus(inv, now);
  if (status !== "pending") throw new HttpError(410, `invitation_${status}`, NOT_ACCEPTABLE[status]);
  if (inv.candidateId === mentorId) {
    throw new HttpError(
      400,
      "own_invitation",
      "This is your own invitation: send the link or code to the person you want as a mentor.",
    );
  }
  const mentorship = await db.$transaction(async (tx) => {
    // One pair at a time: a lock on the pair serialises concurrent accepts of different invitations.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mentorship:${inv.candidateId}:${mentorId}`}))`;
    const existing = await tx.mentorship.findFirst({
      where: { candidateId: inv.candidateId, mentorId, endedAt: null },
      select: { id: true },
    });
    if (existing)
      throw new HttpError(
        409,
        "already_mentoring",
        `You already mentor ${inv.candidate.displayName}. They can change what they share from their Mentors page.`,
      );
    const won = await tx.mentorInvitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: mentorId },
    });
    if (won.count === 0) throw new HttpError(410, "invitation_accepted", NOT_ACCEPTABLE.accepted);
    const m = await tx.mentorship.create({
      data: {
        candidateId: inv.candidateId,
        mentorId,
        invitationId: inv.id,
        ...scopeColumns(scopesOf(inv)),
      } as Prisma.MentorshipUncheckedCreateInput,
      select: { id: true, startedAt: true },
    });
    await notify(tx, inv.candidateId, "INVITATION_ACCEPTED", { actorId: mentorId, candidateId: inv.candidateId });
    return m;
  });
  return {
    mentorship: {
      id: mentorship.id,
      candidateId: inv.candidateId,
      candidateName: inv.candidate.displayName,
      startedAt: mentorship.startedAt.toISOString(),
    },
  };
}
