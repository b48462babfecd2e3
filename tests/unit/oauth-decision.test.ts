import { describe, expect, it } from "vitest";
import { type OAuthFacts, decideOAuthSignIn, providerEmailVerified } from "@/lib/accounts/oauth-decision";

const none: OAuthFacts = {
  linkedUserId: null,
  linkingUserId: null,
  linkingUserHasProvider: false,
  email: "ada@example.com",
  emailVerified: true,
  emailOwner: null,
};
const passwordOwner = { id: "victim", hasPassword: true, emailVerified: false, links: 0, isDemo: false };

describe("decideOAuthSignIn (account pre-hijack)", () => {
  it("creates a new account for an unknown email", () => {
    expect(decideOAuthSignIn(none)).toEqual({ action: "create" });
    expect(decideOAuthSignIn({ ...none, emailVerified: false })).toEqual({ action: "create" });
  });

  it("never links to an existing password account by email alone (the pre-hijack)", () => {
    expect(decideOAuthSignIn({ ...none, emailOwner: passwordOwner })).toEqual({
      action: "refuse",
      code: "OAuthEmailExists",
    });
    // Even a provider-verified email does not link while the local email is unverified.
    expect(decideOAuthSignIn({ ...none, emailVerified: true, emailOwner: passwordOwner }).action).toBe("refuse");
  });

  it("links when a verified provider email meets a verified local email", () => {
    const owner = { ...passwordOwner, emailVerified: true };
    expect(decideOAuthSignIn({ ...none, emailOwner: owner })).toEqual({ action: "link", userId: "victim" });
    expect(decideOAuthSignIn({ ...none, emailVerified: false, emailOwner: owner })).toEqual({
      action: "refuse",
      code: "OAuthEmailExists",
    });
  });

  it("signs in through an existing link, whatever the email says", () => {
    expect(decideOAuthSignIn({ ...none, linkedUserId: "u1", email: null, emailOwner: passwordOwner })).toEqual({
      action: "sign-in",
      userId: "u1",
    });
  });

  it("links for a signed-in user who asked to, even when the email belongs to nobody or someone else", () => {
    expect(decideOAuthSignIn({ ...none, linkingUserId: "me" })).toEqual({ action: "link", userId: "me" });
    expect(decideOAuthSignIn({ ...none, linkingUserId: "me", emailOwner: passwordOwner })).toEqual({
      action: "link",
      userId: "me",
    });
  });

  it("refuses to link a provider account that belongs to another user, or a second one of the same provider", () => {
    expect(decideOAuthSignIn({ ...none, linkedUserId: "other", linkingUserId: "me" })).toEqual({
      action: "refuse",
      code: "OAuthLinkedElsewhere",
    });
    expect(decideOAuthSignIn({ ...none, linkedUserId: "me", linkingUserId: "me" })).toEqual({
      action: "sign-in",
      userId: "me",
    });
    expect(decideOAuthSignIn({ ...none, linkingUserId: "me", linkingUserHasProvider: true })).toEqual({
      action: "refuse",
      code: "OAuthAlreadyLinked",
    });
  });

  it("lets a legacy OAuth-made account (no password, no link) be claimed, but not once it has a link or a password", () => {
    const legacy = { id: "old", hasPassword: false, emailVerified: false, links: 0, isDemo: false };
    expect(decideOAuthSignIn({ ...none, emailVerified: false, emailOwner: legacy })).toEqual({
      action: "link",
      userId: "old",
    });
    expect(decideOAuthSignIn({ ...none, emailOwner: { ...legacy, links: 1 } }).action).toBe("refuse");
    expect(decideOAuthSignIn({ ...none, emailOwner: { ...legacy, hasPassword: true } }).action).toBe("refuse");
  });

  it("never links to a demo account and refuses a provider without an email", () => {
    const demo = { id: "demo", hasPassword: true, emailVerified: true, links: 0, isDemo: true };
    expect(decideOAuthSignIn({ ...none, emailOwner: demo })).toEqual({ action: "refuse", code: "OAuthEmailExists" });
    expect(decideOAuthSignIn({ ...none, email: null })).toEqual({ action: "refuse", code: "OAuthNoEmail" });
  });
});

describe("providerEmailVerified", () => {
  it("trusts only Google's email_verified === true; GitHub's profile does not say", () => {
    expect(providerEmailVerified("google", { email_verified: true })).toBe(true);
    expect(providerEmailVerified("google", { email_verified: "true" })).toBe(false);
    expect(providerEmailVerified("google", {})).toBe(false);
    expect(providerEmailVerified("google", undefined)).toBe(false);
    expect(providerEmailVerified("github", { email_verified: true })).toBe(false);
  });
});
