import { unreadCount } from "@/lib/mentors/notifications";
import { route } from "@/lib/server/http";

export const GET = route({}, async ({ user }) => ({ unread: await unreadCount(user.id) }));

export * from "@/lib/server/method-not-allowed";
