import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { scoreMockAnswer } from "@/lib/mocks/mocks";
import { mockScoreSchema, slotParams } from "@/lib/mocks/schema";

/** Self-scores one answer of a finished mock (409 before finishing); the first scoring schedules a review. */
export const PUT = route(
  {
    operationId: "scoreMockAnswer",
    summary: "Self-score one answer of a finished mock",
    response: responses.scoreMockAnswer,
    errors: ["mock_not_finished", "answer_blank"],
    params: slotParams,
    body: mockScoreSchema,
  },
  async ({ user, params, body }) => scoreMockAnswer(user.id, params.id, params.slot, body),
);

export * from "@/lib/server/method-not-allowed";
