import * as responses from "@/lib/api/responses";
import { refuseForDemo } from "@/lib/accounts/demo";
import { sessionScopeSchema } from "@/lib/accounts/security-schema";
import { listSessions, revokeSessions } from "@/lib/accounts/sessions";
import { route } from "@/lib/server/http";

/**
 * The signed-in user's live sessions (device, address, created, last seen, `current`).
 * On a shared demo account only this visitor's own session is listed.
 */
export const GET = route(
  { operationId: "listSessions", summary: "Your live sessions", response: responses.listSessions },
  async ({ user }) => {
    const sessions = await listSessions(user.id, user.sessionId);
    return { sessions: user.isDemo ? sessions.filter((s) => s.current) : sessions };
  },
);

/**
 * `?scope=all` (default): signs out every session, this one included ("sign out everywhere");
 * `?scope=others`: every session but this one. Refused on the demo accounts.
 */
export const DELETE = route(
  {
    operationId: "revokeSessions",
    summary: "Sign out everywhere, or every other session",
    response: responses.revokeSessions,
    errors: ["demo_account"],
    query: sessionScopeSchema,
  },
  async ({ user, query }) => {
    refuseForDemo(user, "signOutOthers");
    const ended = await revokeSessions(user.id, query.scope === "others" ? user.sessionId : null);
    return { ok: true, ended };
  },
);

export * from "@/lib/server/method-not-allowed";
