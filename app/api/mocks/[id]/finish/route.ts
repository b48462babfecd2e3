import * as responses from "@/lib/api/responses";
import { recordFeedback } from "@/lib/feedback/answer-feedback";
import { route } from "@/lib/server/http";
import { finishMock } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";

/** Finishes the mock (early) and computes its answers' key-point coverage; finishing again returns it unchanged. */
export const POST = route(
  {
    operationId: "finishMock",
    summary: "Finish a mock interview",
    response: responses.finishMock,
    params: mockParams,
  },
  async ({ user, params }) => {
    const mock = await finishMock(user.id, params.id);
    await recordFeedback(mock.questions.map((q) => q.attemptId));
    return { mock };
  },
);

export * from "@/lib/server/method-not-allowed";
