import { refuseForDemo } from "@/lib/accounts/demo";
import { createInvitation, listInvitations } from "@/lib/mentors/invitations";
import { invitationCreateSchema } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

export const GET = route({}, async ({ user }) => ({ invitations: await listInvitations(user.id) }));

/** `{ scopes, label?, expiresInDays? }` → 201 `{ invitation, path, code }`; the path's token and the code are shown only now. */
export const POST = route({ body: invitationCreateSchema }, async ({ user, body }) => {
  refuseForDemo(user, "invite");
  return created(await createInvitation(user.id, body));
});

export * from "@/lib/server/method-not-allowed";
