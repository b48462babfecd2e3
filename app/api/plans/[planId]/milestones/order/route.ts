import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { reorderMilestones } from "@/lib/plan/milestones";
import { milestoneOrderSchema } from "@/lib/plan/schema";

const params = z.object({ planId: z.string().min(1).max(64) });

export const PUT = route(
  {
    operationId: "reorderMilestones",
    summary: "Reorder a plan's milestones",
    response: responses.reorderMilestones,
    errors: ["stale_version"],
    params,
    body: milestoneOrderSchema,
  },
  async ({ user, params, body }) => ({
    milestones: await reorderMilestones(user.id, params.planId, body),
  }),
);

export * from "@/lib/server/method-not-allowed";
