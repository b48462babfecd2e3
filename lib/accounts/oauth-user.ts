import "server-only";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { decideOAuthSignIn, type RefusalCode } from "./oauth-decision";

type OAuthSignIn = {
  provider: string;
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  displayName: string;
  /** A signed-in user with a valid link intent for this provider (lib/accounts/link-intent.ts). */
  linkingUserId: string | null;
};

/**
 * Reads the facts, applies decideOAuthSignIn and writes the link or the new account.
 * Returns the PrepLoop user to sign in as, or the refusal code for the sign-in page.
 */
export async function resolveOAuthSignIn(
  input: OAuthSignIn,
): Promise<{ ok: true; userId: string } | { ok: false; code: RefusalCode }> {
  const email = input.email?.trim().toLowerCase() || null;
  const [link, owner, linkingHas] = await Promise.all([
    db.oAuthLink.findUnique({
      where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
      select: { userId: true },
    }),
    email
      ? db.user.findUnique({
          where: { email },
          select: { id: true, passwordHash: true, emailVerifiedAt: true, isDemo: true, _count: { select: { oauthLinks: true } } },
        })
      : null,
    input.linkingUserId
      ? db.oAuthLink.count({ where: { userId: input.linkingUserId, provider: input.provider } })
      : 0,
  ]);
  const decision = decideOAuthSignIn({
    linkedUserId: link?.userId ?? null,
    linkingUserId: input.linkingUserId,
    linkingUserHasProvider: linkingHas > 0,
    email,
    emailVerified: input.emailVerified,
    emailOwner: owner && {
      id: owner.id,
      hasPassword: owner.passwordHash !== null,
      emailVerified: owner.emailVerifiedAt !== null,
      links: owner._count.oauthLinks,
      isDemo: owner.isDemo,
    },
  });
  const linkData = { provider: input.provider, providerAccountId: input.providerAccountId };
  switch (decision.action) {
    case "refuse":
      return { ok: false, code: decision.code };
    case "sign-in":
      return { ok: true, userId: decision.userId };
    case "link":
      await db.oAuthLink.create({ data: { ...linkData, userId: decision.userId } });
      return { ok: true, userId: decision.userId };
    case "create": {
      const user = await db.user.create({
        data: {
          email: email!,
          displayName: input.displayName.slice(0, 80) || "New user",
          emailVerifiedAt: input.emailVerified ? new Date() : null,
          oauthLinks: { create: linkData },
        },
        select: { id: true },
      });
      return { ok: true, userId: user.id };
    }
  }
}

/** The providers linked to a user (for the account page). */
export async function listLinks(userId: string) {
  const rows = await db.oAuthLink.findMany({ where: { userId }, select: { provider: true, createdAt: true } });
  return rows.map((r) => ({ provider: r.provider, linkedAt: r.createdAt.toISOString() }));
}

/**
 * Unlinks a provider, unless it is the only way into the account (no password, no other link).
 */
export async function unlinkProvider(userId: string, provider: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { passwordHash: true, oauthLinks: { select: { provider: true } } },
  });
  if (!user || !user.oauthLinks.some((l) => l.provider === provider)) throw notFound("That provider is not linked.");
  if (!user.passwordHash && user.oauthLinks.length === 1) {
    throw new HttpError(
      409,
      "last_sign_in_method",
      "This is the only way to sign in to your account. Set a password first (use “Forgot your password?” on the sign-in page).",
    );
  }
  await db.oAuthLink.deleteMany({ where: { userId, provider } });
}
