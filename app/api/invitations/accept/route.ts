import { acceptInvitation } from "@/lib/mentors/invitations";
import { acceptSchema } from "@/lib/mentors/schema";
import { clientAddress } from "@/lib/server/client-address";
import { route } from "@/lib/server/http";

/**
 * `{ token }` or `{ code }` → `{ mentorship }`; 410 expired/used/revoked, 400 own invitation or
 * unknown code, 409 already mentoring, 429 too many code entries (per user and per address).
 */
export const POST = route({ body: acceptSchema }, async ({ req, user, body }) =>
  acceptInvitation(user.id, body, clientAddress(req.headers)),
);

export * from "@/lib/server/method-not-allowed";
