import { listAccessLog } from "@/lib/mentors/access-log";
import { route } from "@/lib/server/http";

export const GET = route({}, async ({ user }) => ({ entries: await listAccessLog(user.id) }));

export * from "@/lib/server/method-not-allowed";
