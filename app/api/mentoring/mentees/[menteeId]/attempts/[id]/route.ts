import * as responses from "@/lib/api/responses";
import { mentorAttempt } from "@/lib/mentors/mentor-reads";
import { menteeItemParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getMenteeAttempt",
    summary: "A mentee's attempt shared with you",
    response: responses.getMenteeAttempt,
    params: menteeItemParams,
  },
  async ({ user, params }) => mentorAttempt(user.id, params.menteeId, params.id),
);

export * from "@/lib/server/method-not-allowed";
