import { created, route } from "@/lib/server/http";
import { addLearningEntry, getLearningOverview } from "@/lib/plan/learning";
import { learningEntrySchema, learningQuerySchema } from "@/lib/plan/schema";

export const GET = route({ query: learningQuerySchema }, async ({ user, query }) =>
  getLearningOverview(user.id, query.months),
);

export const POST = route({ body: learningEntrySchema }, async ({ user, body }) =>
  created({ entry: await addLearningEntry(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
