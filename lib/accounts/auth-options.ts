import "server-only";
// next-auth's configuration: credentials and OAuth providers, one session row per sign-in,
// sign-out ends it. The per-request session check is lib/server/auth.ts.
import { type NextAuthOptions } from "next-auth";
import { cookies, headers } from "next/headers";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { readSessionToken, sessionOf } from "@/lib/server/auth";
import { clientAddress } from "@/lib/server/client-address";
import { env } from "@/lib/server/env";
import { SESSION_MAX_AGE_MS } from "@/lib/server/session-rules";
import { healDemoAccount } from "./demo";
import { LINK_INTENT_COOKIE, readLinkIntent } from "./link-intent";
import { providerEmailVerified } from "./oauth-decision";
import { resolveOAuthSignIn } from "./oauth-user";
import { createSession, endSessionById } from "./sessions";
import { signInFailed } from "./sign-in-throttle";
import { verifyCredentials } from "./verify-credentials";

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
        try {
          const user = await verifyCredentials(input.email, input.password, address);
          return user ? { id: user.id, email: user.email, name: user.displayName } : null;
        } catch (err) {
          signInFailed(err);
          throw err;
        }
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

