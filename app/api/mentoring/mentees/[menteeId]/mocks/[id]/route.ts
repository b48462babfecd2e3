import * as responses from "@/lib/api/responses";
import { mentorMock } from "@/lib/mentors/mentor-reads";
import { menteeItemParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getMenteeMock",
    summary: "A mentee's mock interview shared with you",
    response: responses.getMenteeMock,
    params: menteeItemParams,
  },
  async ({ user, params }) => mentorMock(user.id, params.menteeId, params.id),
);

export * from "@/lib/server/method-not-allowed";
