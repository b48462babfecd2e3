import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { listNotifications } from "@/lib/mentors/notifications";
import { route } from "@/lib/server/http";

const query = z.strictObject({ unread: z.enum(["true", "false"]).optional() });

/** Newest first (50), with the unread count. `?unread=true` for unread ones only. */
export const GET = route(
  {
    operationId: "listNotifications",
    summary: "Your notifications, newest first",
    response: responses.listNotifications,
    query,
  },
  async ({ user, query }) => listNotifications(user.id, { unreadOnly: query.unread === "true" }),
);

export * from "@/lib/server/method-not-allowed";
