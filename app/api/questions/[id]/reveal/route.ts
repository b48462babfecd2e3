import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { questionIdParams } from "@/lib/questions/schema";
import { getQuestion } from "@/lib/questions/get-question";
import { revealAnswer } from "@/lib/questions/user-state";

/** Reveals the answer key of a question to the user (remembered). */
export const POST = route(
  {
    operationId: "revealAnswer",
    summary: "Reveal a question's answer key",
    response: responses.revealAnswer,
    params: questionIdParams,
  },
  async ({ user, params }) => {
    await revealAnswer(user.id, params.id);
    return { question: await getQuestion(user.id, params.id) };
  },
);

export * from "@/lib/server/method-not-allowed";
