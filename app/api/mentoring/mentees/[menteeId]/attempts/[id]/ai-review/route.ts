import * as responses from "@/lib/api/responses";
import { mentorAiReviews } from "@/lib/ai/review";
import { menteeItemParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** The AI reviews the mentee asked for on a shared attempt (read only: a mentor never asks for one). */
export const GET = route(
  {
    operationId: "listMenteeAiReviews",
    summary: "The AI reviews of a shared attempt of your mentee",
    response: responses.listMenteeAiReviews,
    params: menteeItemParams,
  },
  async ({ user, params }) => ({
    reviews: await mentorAiReviews(user.id, params.menteeId, params.id),
  }),
);

export * from "@/lib/server/method-not-allowed";
