import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { addLearningEntry, getLearningOverview } from "@/lib/plan/learning";
import { learningEntrySchema, learningQuerySchema } from "@/lib/plan/schema";

export const GET = route(
  {
    operationId: "getLearningOverview",
    summary: "Learning time by month and category",
    response: responses.getLearningOverview,
    query: learningQuerySchema,
  },
  async ({ user, query }) => getLearningOverview(user.id, query.months),
);

export const POST = route(
  {
    operationId: "addLearningEntry",
    summary: "Log learning time",
    response: responses.addLearningEntry,
    status: 201,
    body: learningEntrySchema,
  },
  async ({ user, body }) => created({ entry: await addLearningEntry(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
