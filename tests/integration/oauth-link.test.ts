// OAuth sign-in against the real database (the providers cannot be reached offline, so the
// signIn callback's logic, resolveOAuthSignIn, is called as a plain function): an OAuth
// sign-in never takes over an existing password account by email (account pre-hijack).
import { afterAll, describe, expect, it } from "vitest";
import { resolveOAuthSignIn } from "@/lib/accounts/oauth-user";
import { db } from "@/lib/server/db";
import { closeTestDb, testDb } from "../support/db";
import { newUser, uniqueEmail } from "../support/client";

afterAll(async () => {
  await db.$disconnect();
  await closeTestDb();
});

const github = (over: Partial<Parameters<typeof resolveOAuthSignIn>[0]> = {}) => ({
  provider: "github",
  providerAccountId: `gh-${Math.random().toString(36).slice(2)}`,
  email: null as string | null,
  emailVerified: false,
  displayName: "Octo Cat",
  linkingUserId: null as string | null,
  ...over,
});

describe("resolveOAuthSignIn", () => {
  it("refuses a provider sign-in whose email matches an existing password account, and links nothing", async () => {
    // The pre-hijack: an attacker made a password account with the victim's email first (or the
    // victim did and an attacker controls a provider account with that email).
    const { email, id } = await newUser("prehijack");
    const result = await resolveOAuthSignIn(github({ email: email.toUpperCase() }));
    expect(result).toEqual({ ok: false, code: "OAuthEmailExists" });
    const google = await resolveOAuthSignIn(github({ provider: "google", email, emailVerified: true }));
    expect(google).toEqual({ ok: false, code: "OAuthEmailExists" }); // the local email is not verified
    const { rows } = await testDb().query(`SELECT count(*)::int AS n FROM "OAuthLink" WHERE "userId" = $1`, [id]);
    expect(rows[0].n).toBe(0);
  });

  it("links for a signed-in user who asked to, and later signs in through the link", async () => {
    const { id } = await newUser("linker");
    const input = github({ email: uniqueEmail("other-address"), linkingUserId: id });
    expect(await resolveOAuthSignIn(input)).toEqual({ ok: true, userId: id });
    expect(await resolveOAuthSignIn({ ...input, linkingUserId: null, email: null })).toEqual({ ok: true, userId: id });
    // The same provider account cannot be linked to a second user.
    const { id: other } = await newUser("second-linker");
    expect(await resolveOAuthSignIn({ ...input, linkingUserId: other })).toEqual({
      ok: false,
      code: "OAuthLinkedElsewhere",
    });
  });

  it("creates a new account, with its link, for an unknown email", async () => {
    const email = uniqueEmail("oauth-new");
    const result = await resolveOAuthSignIn(github({ email, emailVerified: true, providerAccountId: "gh-new-1" }));
    expect(result.ok).toBe(true);
    const { rows } = await testDb().query(
      `SELECT u.email, u."passwordHash", u."emailVerifiedAt" IS NOT NULL AS verified, l."providerAccountId"
       FROM "User" u JOIN "OAuthLink" l ON l."userId" = u.id WHERE u.email = $1`,
      [email],
    );
    expect(rows).toEqual([{ email, passwordHash: null, verified: true, providerAccountId: "gh-new-1" }]);
    // A verified Google email then meets this verified local email: linked.
    const google = await resolveOAuthSignIn(
      github({ provider: "google", email, emailVerified: true, providerAccountId: "g-1" }),
    );
    expect(google).toEqual(result);
  });
});
