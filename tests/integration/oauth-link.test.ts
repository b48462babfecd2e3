// OAuth sign-in against the real database (the providers cannot be reached offline, so the
// signIn callback's logic, resolveOAuthSignIn, is called as a plain function): an OAuth
// sign-in never takes over an existing password account by email (account pre-hijack).
import { afterAll, describe, expect, it } from "vitest";
import { resolveOAuthSignIn, unlinkProvider } from "@/lib/accounts/oauth-user";
import { db } from "@/lib/server/db";
import { closeTestDb, testDb } from "../support/db";
import { newUser, uniqueEmail } from "../support/client";
import { HttpError } from "@/lib/server/errors";

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

  it("will not unlink an account's only way to sign in", async () => {
    const email = uniqueEmail("oauth-only");
    const created = await resolveOAuthSignIn(github({ email, providerAccountId: `gh-only-${email}` }));
    if (!created.ok) throw new Error("not created");
    const err = await unlinkProvider(created.userId, "github").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 409, code: "last_sign_in_method" });
    const { id } = await newUser("has-password");
    await resolveOAuthSignIn(github({ linkingUserId: id }));
    await unlinkProvider(id, "github");
    const { rows } = await testDb().query(`SELECT count(*)::int AS n FROM "OAuthLink" WHERE "userId" = $1`, [id]);
    expect(rows[0].n).toBe(0);
  });
});

describe("the account page's provider routes", () => {
  it("lists no providers on a server without OAuth credentials and refuses to link one", async () => {
    const { client } = await newUser("links-api");
    const list = await client.get("/api/account/links");
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ links: [], available: [] });
    const link = await client.json("POST", "/api/account/links", { provider: "github" });
    expect(link.status).toBe(404);
    expect(link.body).toMatchObject({ error: { code: "provider_not_configured" } });
    expect(link.headers.getSetCookie().some((c) => c.startsWith("preploop.link-intent="))).toBe(false);
    const bad = await client.json("POST", "/api/account/links", { provider: "myspace" });
    expect(bad.status).toBe(400);
    expect((await client.json("DELETE", "/api/account/links/github")).status).toBe(404);
  });
});
