import * as responses from "@/lib/api/responses";
import { cancelLive } from "@/lib/live/live";
import { liveParams } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** Cancel a scheduled live mock (either side). */
export const POST = route(
  {
    operationId: "cancelLiveMock",
    summary: "Cancel a scheduled live mock interview",
    response: responses.cancelLiveMock,
    errors: ["conflict"],
    params: liveParams,
  },
  async ({ user, params }) => ({ liveMock: await cancelLive(user.id, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
