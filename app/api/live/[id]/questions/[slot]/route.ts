import * as responses from "@/lib/api/responses";
import { assessLive } from "@/lib/live/live";
import { liveAssessSchema, liveSlotParams } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** The interviewer's live scores (four evaluation points) and private note on one question. */
export const PUT = route(
  {
    operationId: "assessLiveQuestion",
    summary: "Score a question live and keep a note (interviewer)",
    response: responses.assessLiveQuestion,
    errors: ["conflict"],
    params: liveSlotParams,
    body: liveAssessSchema,
  },
  async ({ user, params, body }) => assessLive(user.id, params.id, params.slot, body),
);

export * from "@/lib/server/method-not-allowed";
