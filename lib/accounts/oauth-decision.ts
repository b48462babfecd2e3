// Who an OAuth sign-in signs in as: the rule that stops account pre-hijacking. A provider
// account is linked to a PrepLoop account only by a signed-in user (from the account page), on
// its first sign-in when it creates a new account, or when a verified provider email meets a
// verified local email. An existing account is never taken over by an email match alone.

type EmailOwner = {
  id: string;
  hasPassword: boolean;
  /** The owner proved they receive mail at this address (User.emailVerifiedAt). */
  emailVerified: boolean;
  /** How many provider accounts are linked to it. */
  links: number;
  isDemo: boolean;
};

export type OAuthFacts = {
  /** The PrepLoop user this provider account is already linked to. */
  linkedUserId: string | null;
  /** A signed-in user who asked, from the account page, to link this provider. */
  linkingUserId: string | null;
  /** That user already has another account of this provider linked. */
  linkingUserHasProvider: boolean;
  /** The provider's email, lower-cased; null when it gave none. */
  email: string | null;
  /** The provider says it verified that email. */
  emailVerified: boolean;
  /** The local account with that email, if any. */
  emailOwner: EmailOwner | null;
};

export type RefusalCode = "OAuthEmailExists" | "OAuthLinkedElsewhere" | "OAuthAlreadyLinked" | "OAuthNoEmail";

type OAuthDecision =
  | { action: "sign-in"; userId: string }
  | { action: "link"; userId: string }
  | { action: "create" }
  | { action: "refuse"; code: RefusalCode };

export function decideOAuthSignIn(f: OAuthFacts): OAuthDecision {
  if (f.linkedUserId) {
    if (f.linkingUserId && f.linkingUserId !== f.linkedUserId) return { action: "refuse", code: "OAuthLinkedElsewhere" };
    return { action: "sign-in", userId: f.linkedUserId };
  }
  if (f.linkingUserId) {
    if (f.linkingUserHasProvider) return { action: "refuse", code: "OAuthAlreadyLinked" };
    return { action: "link", userId: f.linkingUserId };
  }
  if (!f.email) return { action: "refuse", code: "OAuthNoEmail" };
  const owner = f.emailOwner;
  if (!owner) return { action: "create" };
  if (owner.isDemo) return { action: "refuse", code: "OAuthEmailExists" };
  if (f.emailVerified && owner.emailVerified) return { action: "link", userId: owner.id };
  // An account made by an OAuth sign-in before links were recorded: no password to pre-set,
  // no link yet; its first provider sign-in claims it (as it did before).
  if (!owner.hasPassword && owner.links === 0) return { action: "link", userId: owner.id };
  return { action: "refuse", code: "OAuthEmailExists" };
}

/** What the sign-in page says for each refusal (`/sign-in?error=<code>`). */
export const OAUTH_REFUSAL_MESSAGES: Record<RefusalCode, string> = {
  OAuthEmailExists:
    "An account with this email exists; sign in with your password and link the provider from your account page.",
  OAuthLinkedElsewhere: "That provider account is already linked to another PrepLoop account.",
  OAuthAlreadyLinked: "Your PrepLoop account is already linked to another account of that provider. Unlink it first.",
  OAuthNoEmail: "The provider did not share an email address, so PrepLoop cannot create an account from it.",
};

/** Whether a provider's profile says its email is verified (GitHub's profile does not say: no). */
export function providerEmailVerified(provider: string, profile: unknown): boolean {
  if (provider === "google") return (profile as { email_verified?: unknown } | undefined)?.email_verified === true;
  return false;
}
