import * as responses from "@/lib/api/responses";
import { mockAnswerFeedback } from "@/lib/feedback/answer-feedback";
import { slotParams } from "@/lib/mocks/schema";
import { route } from "@/lib/server/http";

/** Key-point coverage of one answer of the owner's finished mock → `{ feedback }`; 409 while it runs. */
export const GET = route(
  {
    operationId: "getMockAnswerFeedback",
    summary: "Key-point coverage of one answer of your finished mock",
    response: responses.getMockAnswerFeedback,
    errors: ["mock_not_finished"],
    params: slotParams,
  },
  async ({ user, params }) => ({
    feedback: await mockAnswerFeedback(user.id, params.id, params.slot),
  }),
);

export * from "@/lib/server/method-not-allowed";
