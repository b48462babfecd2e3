import * as responses from "@/lib/api/responses";
import { mentorProgress } from "@/lib/mentors/mentor-reads";
import { menteeParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getMenteeProgress",
    summary: "A mentee's progress (progress scope)",
    response: responses.getMenteeProgress,
    params: menteeParams,
  },
  async ({ user, params }) => mentorProgress(user.id, params.menteeId),
);

export * from "@/lib/server/method-not-allowed";
