import * as responses from "@/lib/api/responses";
import { refuseForDemo } from "@/lib/accounts/demo";
import { sessionIdParams } from "@/lib/accounts/security-schema";
import { revokeSession } from "@/lib/accounts/sessions";
import { route } from "@/lib/server/http";

/** Signs out one of the user's sessions (404 for another user's). Demo: only its own. */
export const DELETE = route(
  {
    operationId: "revokeSession",
    summary: "Sign out one of your sessions",
    response: responses.revokeSession,
    errors: ["demo_account"],
    params: sessionIdParams,
  },
  async ({ user, params }) => {
    if (params.id !== user.sessionId) refuseForDemo(user, "signOutOthers");
    await revokeSession(user.id, params.id);
    return { ok: true, current: params.id === user.sessionId };
  },
);

export * from "@/lib/server/method-not-allowed";
