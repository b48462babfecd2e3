import { z } from "zod";
import { route } from "@/lib/server/http";
import { deleteLearningEntry } from "@/lib/plan/learning";

const params = z.object({ entryId: z.string().min(1).max(64) });

export const DELETE = route({ params }, async ({ user, params }) =>
  deleteLearningEntry(user.id, params.entryId),
);

export * from "@/lib/server/method-not-allowed";
