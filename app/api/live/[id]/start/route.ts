import * as responses from "@/lib/api/responses";
import { startLive } from "@/lib/live/live";
import { liveParams } from "@/lib/live/schema";
import { route } from "@/lib/server/http";

/** The interviewer starts the mock: the candidate's mock is created and its clock runs. */
export const POST = route(
  {
    operationId: "startLiveMock",
    summary: "Start the live mock interview (interviewer)",
    response: responses.startLiveMock,
    errors: ["conflict", "not_enough_questions", "unknown_template", "time_scale_not_allowed"],
    params: liveParams,
  },
  async ({ user, params }) => startLive(user.id, params.id),
);

export * from "@/lib/server/method-not-allowed";
