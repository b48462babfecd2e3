import * as responses from "@/lib/api/responses";
import { controlLive } from "@/lib/live/live";
import { liveControlSchema, liveParams } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** The interviewer's clock: pause, resume, advance (end the block or skip the break), move, finish. */
export const POST = route(
  {
    operationId: "controlLiveMock",
    summary: "Pause, resume, move on or finish the live mock (interviewer)",
    response: responses.controlLiveMock,
    errors: ["conflict", "mock_finished", "move_outside_block"],
    params: liveParams,
    body: liveControlSchema,
  },
  async ({ user, params, body }) => controlLive(user.id, params.id, body),
);

export * from "@/lib/server/method-not-allowed";
