import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { personalQuestionUpdateSchema, questionIdParams } from "@/lib/questions/schema";
import { getQuestion } from "@/lib/questions/get-question";
import { deletePersonalQuestion, updatePersonalQuestion } from "@/lib/questions/personal-questions";

export const GET = route(
  {
    operationId: "getQuestion",
    summary: "One question",
    response: responses.getQuestion,
    params: questionIdParams,
  },
  async ({ user, params }) => ({ question: await getQuestion(user.id, params.id) }),
);

export const PUT = route(
  {
    operationId: "updatePersonalQuestion",
    summary: "Edit a personal question",
    response: responses.updatePersonalQuestion,
    errors: ["stale_version"],
    params: questionIdParams,
    body: personalQuestionUpdateSchema,
  },
  async ({ user, params, body }) => ({
    question: await updatePersonalQuestion(user.id, params.id, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deletePersonalQuestion",
    summary: "Delete a personal question",
    response: responses.deletePersonalQuestion,
    params: questionIdParams,
  },
  async ({ user, params }) => {
    await deletePersonalQuestion(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
