import * as responses from "@/lib/api/responses";
import { markRead } from "@/lib/mentors/notifications";
import { notificationsReadSchema } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** `{ ids }` or `{ all: true }` → `{ unread }`. */
export const POST = route(
  {
    operationId: "markNotificationsRead",
    summary: "Mark notifications read",
    response: responses.markNotificationsRead,
    body: notificationsReadSchema,
  },
  async ({ user, body }) => markRead(user.id, body),
);

export * from "@/lib/server/method-not-allowed";
