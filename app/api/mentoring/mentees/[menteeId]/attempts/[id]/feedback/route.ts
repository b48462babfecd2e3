import * as responses from "@/lib/api/responses";
import { mentorFeedback } from "@/lib/feedback/answer-feedback";
import { menteeItemParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** Key-point coverage of a mentee's shared attempt or mock answer → `{ feedback }` (404 if not shared). */
export const GET = route(
  {
    operationId: "getMenteeFeedback",
    summary: "Key-point coverage of a shared answer of your mentee",
    response: responses.getMenteeFeedback,
    params: menteeItemParams,
  },
  async ({ user, params }) => ({
    feedback: await mentorFeedback(user.id, params.menteeId, params.id),
  }),
);

export * from "@/lib/server/method-not-allowed";
