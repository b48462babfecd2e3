import * as responses from "@/lib/api/responses";
import { mentorOffers } from "@/lib/mentors/mentor-reads";
import { menteeParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getMenteeOffers",
    summary: "A mentee's offers (offers scope)",
    response: responses.getMenteeOffers,
    params: menteeParams,
  },
  async ({ user, params }) => mentorOffers(user.id, params.menteeId),
);

export * from "@/lib/server/method-not-allowed";
