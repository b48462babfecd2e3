import * as responses from "@/lib/api/responses";
import { getProgress } from "@/lib/progress/get-progress";
import { progressQuerySchema } from "@/lib/progress/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getProgress",
    summary: "Your progress dashboard",
    response: responses.getProgress,
    query: progressQuerySchema,
  },
  async ({ user }) => getProgress(user.id),
);

export * from "@/lib/server/method-not-allowed";
