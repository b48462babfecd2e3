import "server-only";
import { type NextAuthOptions } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { findOrCreateOAuthUser } from "@/lib/accounts/oauth-user";
import { db } from "./db";
import { env } from "./env";
import { clientAddress } from "./client-address";

export type SessionUser = { id: string; email: string; displayName: string; isDemo: boolean };

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

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
      async signIn({ user, account }) {
        if (account?.provider === "credentials") return true;
        // OAuth: one PrepLoop account per verified email address.
        if (!user.email) return false;
        const local = await findOrCreateOAuthUser(
          user.email,
          user.name ?? user.email.split("@")[0] ?? "New user",
        );
        user.id = local.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          const row = await db.user.findUnique({
            where: { id: user.id },
            select: { id: true, sessionVersion: true },
          });
          if (row) {
            token.uid = row.id;
            token.sv = row.sessionVersion;
          }
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
  };
}

/**
 * The signed-in user, or null. Reads the session JWT, then checks the account still
 * exists and that the token was issued for its current session version (so "sign out
 * everywhere" and account deletion take effect at once, on every instance).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const user = await checkedUser(false);
  return user && { id: user.id, email: user.email, displayName: user.displayName, isDemo: user.isDemo };
}

/**
 * The same check for the signed-in layout, with the unread notification count read in the
 * same query (a `_count` subquery on the `(userId, readAt)` index), so the navigation's badge
 * costs no extra round trip.
 */
export async function getCurrentUserForLayout(): Promise<(SessionUser & { unread: number }) | null> {
  const user = await checkedUser(true);
  return (
    user && {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isDemo: user.isDemo,
      unread: user.unread,
    }
  );
}

/** The session check both share; the unread count only when asked (not on every API request). */
async function checkedUser(withUnread: boolean) {
  const token = await readSessionToken();
  if (typeof token?.uid !== "string" || typeof token.sv !== "number") return null;
  const where = { id: token.uid };
  const select = { id: true, email: true, displayName: true, sessionVersion: true, isDemo: true } as const;
  const unreadCount = { _count: { select: { notifications: { where: { readAt: null } } } } } as const;
  const user = withUnread
    ? await db.user
        .findUnique({ where, select: { ...select, ...unreadCount } })
        .then((u) => u && { ...u, unread: u._count.notifications })
    : await db.user.findUnique({ where, select }).then((u) => u && { ...u, unread: 0 });
  if (!user || token.sv !== user.sessionVersion) return null;
  return user;
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
