import * as responses from "@/lib/api/responses";
import { refuseForDemo } from "@/lib/accounts/demo";
import { createInvitation, listInvitations } from "@/lib/mentors/invitations";
import { invitationCreateSchema } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

export const GET = route(
  { operationId: "listInvitations", summary: "Your mentor invitations", response: responses.listInvitations },
  async ({ user }) => ({ invitations: await listInvitations(user.id) }),
);

/** `{ scopes, label?, expiresInDays? }` → 201 `{ invitation, path, code }`; the path's token and the code are shown only now. */
export const POST = route(
  {
    operationId: "createInvitation",
    summary: "Invite a mentor (link and code shown once)",
    response: responses.createInvitation,
    status: 201,
    errors: ["too_many_invitations", "demo_account"],
    body: invitationCreateSchema,
  },
  async ({ user, body }) => {
    refuseForDemo(user, "invite");
    return created(await createInvitation(user.id, body));
  },
);

export * from "@/lib/server/method-not-allowed";
