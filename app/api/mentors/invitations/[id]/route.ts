import * as responses from "@/lib/api/responses";
import { revokeInvitation } from "@/lib/mentors/invitations";
import { idParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** Revokes a pending invitation (409 once accepted). */
export const DELETE = route(
  {
    operationId: "revokeInvitation",
    summary: "Revoke a pending mentor invitation",
    response: responses.revokeInvitation,
    errors: ["invitation_used"],
    params: idParams,
  },
  async ({ user, params }) => ({
    invitation: await revokeInvitation(user.id, params.id),
  }),
);

export * from "@/lib/server/method-not-allowed";
