import { markRead } from "@/lib/mentors/notifications";
import { notificationsReadSchema } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** `{ ids }` or `{ all: true }` → `{ unread }`. */
export const POST = route({ body: notificationsReadSchema }, async ({ user, body }) =>
  markRead(user.id, body),
);

export * from "@/lib/server/method-not-allowed";
