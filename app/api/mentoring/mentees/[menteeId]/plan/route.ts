import * as responses from "@/lib/api/responses";
import { mentorPlan } from "@/lib/mentors/mentor-reads";
import { menteeParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getMenteePlan",
    summary: "A mentee's career plan (plan scope)",
    response: responses.getMenteePlan,
    params: menteeParams,
  },
  async ({ user, params }) => mentorPlan(user.id, params.menteeId),
);

export * from "@/lib/server/method-not-allowed";
