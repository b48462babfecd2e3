import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { deleteLearningEntry } from "@/lib/plan/learning";

const params = z.object({ entryId: z.string().min(1).max(64) });

export const DELETE = route(
  {
    operationId: "deleteLearningEntry",
    summary: "Delete a learning-time entry",
    response: responses.deleteLearningEntry,
    params,
  },
  async ({ user, params }) => deleteLearningEntry(user.id, params.entryId),
);

export * from "@/lib/server/method-not-allowed";
