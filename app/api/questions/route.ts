import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { listQuestionsQuery, personalQuestionSchema } from "@/lib/questions/schema";
import { listQuestions } from "@/lib/questions/list-questions";
import { createPersonalQuestion } from "@/lib/questions/personal-questions";

/** The bank and the user's personal questions: filters, full-text `q`, sort, keyset `cursor`. */
export const GET = route(
  {
    operationId: "listQuestions",
    summary: "Search and filter the question bank",
    response: responses.listQuestions,
    query: listQuestionsQuery,
  },
  async ({ user, query }) => listQuestions(user.id, query),
);

/** Creates a personal question (visible only to its owner). */
export const POST = route(
  {
    operationId: "createPersonalQuestion",
    summary: "Add a personal question",
    response: responses.createPersonalQuestion,
    status: 201,
    body: personalQuestionSchema,
  },
  async ({ user, body }) => {
    const question = await createPersonalQuestion(user.id, body);
    return created({ question });
  },
);

export * from "@/lib/server/method-not-allowed";
