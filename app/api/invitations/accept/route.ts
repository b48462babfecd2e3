import * as responses from "@/lib/api/responses";
import { acceptInvitation } from "@/lib/mentors/invitations";
import { acceptSchema } from "@/lib/mentors/schema";
import { clientAddress } from "@/lib/server/client-address";
import { route } from "@/lib/server/http";

/**
 * `{ token }` or `{ code }` → `{ mentorship }`; 410 expired/used/revoked, 400 own invitation or
 * unknown code, 409 already mentoring, 429 too many code entries (per user and per address).
 */
export const POST = route(
  {
    operationId: "acceptInvitation",
    summary: "Accept a mentor invitation by link token or code",
    response: responses.acceptInvitation,
    errors: [
      "invitation_expired",
      "invitation_accepted",
      "invitation_revoked",
      "own_invitation",
      "invitation_not_found",
      "invitation_used",
      "already_mentoring",
      "too_many_attempts",
    ],
    body: acceptSchema,
  },
  async ({ req, user, body }) => acceptInvitation(user.id, body, clientAddress(req.headers)),
);

export * from "@/lib/server/method-not-allowed";
