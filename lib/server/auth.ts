import "server-only";
import { type NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { resolveOAuthSignIn } from "@/lib/accounts/oauth-user";
import { providerEmailVerified } from "@/lib/accounts/oauth-decision";
import { LINK_INTENT_COOKIE, readLinkIntent } from "@/lib/accounts/link-intent";
import { healDemoAccount } from "@/lib/accounts/demo";
import { createSession, endSessionById } from "@/lib/accounts/sessions";
import { SESSION_MAX_AGE_MS, shouldTouch } from "@/lib/accounts/session-rules";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { env } from "./env";
import { clientAddress } from "./client-address";

export type SessionUser = { id: string; email: string; displayName: string; isDemo: boolean; sessionId: string };

const SESSION_MAX_AGE = SESSION_MAX_AGE_MS / 1000;

function providers(): NextAuthOptions["providers"] {
  const e = env();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      // Throttled inside verifyCredentials (throws SignInThrottled, which the auth route maps to 429).
      async authorize(credentials, req) {
        const address = clientAddress((req?.headers ?? {}) as Record<string, string>);
        const input = (credentials ?? {}) as Record<string, unknown>;
        const user = await verifyCredentials(input.email, input.password, address);
        return user ? { id: user.id, email: user.email, name: user.displayName } : null;
      },
    }),
  ];
  // OAuth providers switch on only when their credentials are configured.
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    list.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return list;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: providers(),
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        // OAuth: never linked to an existing account by email alone (lib/accounts/oauth-decision.ts).
        const result = await resolveOAuthSignIn({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email ?? null,
          emailVerified: providerEmailVerified(account.provider, profile),
          displayName: user.name ?? user.email?.split("@")[0] ?? "New user",
          linkingUserId: await linkingUser(account.provider),
        });
        if (!result.ok) return `/sign-in?error=${result.code}`;
        user.id = result.userId;
        return true;
      },
      async jwt({ token, user }) {
        // On sign-in only: one session row per sign-in; the token carries its id.
        if (user) {
          const previous = await readSessionToken();
          const h = await headers();
          const reuse =
            typeof previous?.sid === "string" && previous.uid === user.id && (await sessionOf(previous.sid, user.id));
          if (typeof previous?.sid === "string" && !reuse) await endSessionById(previous.sid);
          token.uid = user.id;
          token.sid = reuse ? previous!.sid : await createSession(user.id, h.get("user-agent"), clientAddress(h));
          await healDemoAccount(user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") {
          (session.user as { id?: string }).id = token.uid;
        }
        return session;
      },
    },
    events: {
      // Ordinary sign-out ends this session's row, so a copy of the cookie stops working too.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSessionById(token.sid);
      },
    },
  };
}

/** The signed-in user whose session (in this browser) asked to link `provider`, or null. */
async function linkingUser(provider: string) {
  const intent = (await cookies()).get(LINK_INTENT_COOKIE)?.value;
  const sessionId = readLinkIntent(intent, provider, env().NEXTAUTH_SECRET);
  if (!sessionId) return null;
  const token = await readSessionToken();
  if (token?.sid !== sessionId || typeof token.uid !== "string") return null;
  return (await sessionOf(sessionId, token.uid)) ? token.uid : null;
}

/** Whether `sessionId` is a live session of `userId`. */
async function sessionOf(sessionId: string, userId: string) {
  const row = await db.session.findFirst({
    where: {
      id: sessionId,
      userId,
      revokedAt: null,
      lastSeenAt: { gt: new Date(Date.now() - SESSION_MAX_AGE_MS) },
    },
    select: { id: true },
  });
  return row !== null;
}

/**
 * The signed-in user, or null. Reads the session JWT, then checks its session row (not
 * revoked, seen within 30 days) joined with the user in one query, so signing a device out,
 * a password change or reset, and account deletion take effect at once, on every instance.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const user = await checkedUser(false);
  return (
    user && {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isDemo: user.isDemo,
      sessionId: user.sessionId,
    }
  );
}

/**
 * The same check for the signed-in layout, with the unread notification count read in the
 * same query (a subquery on the `(userId, readAt)` index), so the navigation's badge
 * costs no extra round trip.
 */
export async function getCurrentUserForLayout(): Promise<(SessionUser & { unread: number }) | null> {
  return checkedUser(true);
}

type CheckedRow = {
  id: string;
  email: string;
  displayName: string;
  isDemo: boolean;
  lastSeenAt: Date;
  unread: number;
};

/** The session check both share: one indexed query (session primary key, joined with its user). */
async function checkedUser(withUnread: boolean) {
  const token = await readSessionToken();
  if (typeof token?.uid !== "string" || typeof token.sid !== "string") return null;
  const now = new Date();
  const unread = withUnread
    ? Prisma.sql`(SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL)`
    : Prisma.sql`0`;
  const [row] = await db.$queryRaw<CheckedRow[]>`
    SELECT u."id", u."email", u."displayName", u."isDemo", s."lastSeenAt", ${unread} AS "unread"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${token.sid} AND s."userId" = ${token.uid} AND s."revokedAt" IS NULL
      AND s."lastSeenAt" > ${new Date(now.getTime() - SESSION_MAX_AGE_MS)}`;
  if (!row) return null;
  if (shouldTouch(row.lastSeenAt, now)) touch(token.sid, now);
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    isDemo: row.isDemo,
    sessionId: token.sid,
    unread: Number(row.unread),
  };
}

/** Refreshes last-seen (at most every 5 minutes); not awaited, so the request does not wait for it. */
function touch(sessionId: string, now: Date) {
  db.session
    .updateMany({
      where: { id: sessionId, revokedAt: null, lastSeenAt: { lt: now } },
      data: { lastSeenAt: now },
    })
    .catch(() => undefined);
}

async function readSessionToken() {
  const cookieStore = await cookies();
  const headerList = await headers();
  return getToken({
    req: {
      headers: Object.fromEntries(headerList.entries()),
      cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])),
    } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
  });
}
