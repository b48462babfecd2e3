import * as responses from "@/lib/api/responses";
import { mockModelAnswer } from "@/lib/mocks/model-answer";
import { slotParams } from "@/lib/mocks/schema";
import { route } from "@/lib/server/http";

/** The model answer of one question of the owner's finished mock, as HTML → `{ modelAnswer }`; 409 while it runs. Records nothing. */
export const GET = route(
  {
    operationId: "getMockModelAnswer",
    summary: "The model answer of one question of your finished mock (HTML)",
    response: responses.getMockModelAnswer,
    errors: ["mock_not_finished"],
    params: slotParams,
  },
  async ({ user, params }) => ({
    modelAnswer: await mockModelAnswer(user.id, params.id, params.slot),
  }),
);

export * from "@/lib/server/method-not-allowed";
