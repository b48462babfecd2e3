import { acceptInvitation } from "@/lib/mentors/invitations";
import { acceptSchema } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** `{ token }` or `{ code }` → `{ mentorship }`; 410 expired/used/revoked, 400 own invitation or unknown code, 409 already mentoring. */
export const POST = route({ body: acceptSchema }, async ({ user, body }) => acceptInvitation(user.id, body));

export * from "@/lib/server/method-not-allowed";
