import * as responses from "@/lib/api/responses";
import { unreadCount } from "@/lib/mentors/notifications";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getUnreadCount",
    summary: "How many notifications are unread",
    response: responses.getUnreadCount,
  },
  async ({ user }) => ({ unread: await unreadCount(user.id) }),
);

export * from "@/lib/server/method-not-allowed";
