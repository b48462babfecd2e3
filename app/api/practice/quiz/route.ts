import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { getQuizRound, getQuizStats } from "@/lib/practice/quiz";

/** A round of micro-quiz questions, due ones first, with the user's totals. */
export const GET = route(
  {
    operationId: "getQuizRound",
    summary: "A round of micro-quiz questions",
    response: responses.getQuizRound,
  },
  async ({ user }) => ({ items: await getQuizRound(user.id), stats: await getQuizStats(user.id) }),
);

export * from "@/lib/server/method-not-allowed";
