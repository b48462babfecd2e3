import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { recordQuizResult } from "@/lib/practice/quiz";
import { quizResultSchema } from "@/lib/practice/schema";

/** Records "knew it" / "missed it" and reschedules the question. */
export const POST = route(
  {
    operationId: "recordQuizResult",
    summary: "Record a micro-quiz answer",
    response: responses.recordQuizResult,
    status: 201,
    errors: ["not_found"],
    body: quizResultSchema,
  },
  async ({ user, body }) => created(await recordQuizResult(user.id, body)),
);

export * from "@/lib/server/method-not-allowed";
