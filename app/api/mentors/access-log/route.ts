import * as responses from "@/lib/api/responses";
import { listAccessLog } from "@/lib/mentors/access-log";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "listAccessLog",
    summary: "What your mentors opened, newest first",
    response: responses.listAccessLog,
  },
  async ({ user }) => ({ entries: await listAccessLog(user.id) }),
);

export * from "@/lib/server/method-not-allowed";
