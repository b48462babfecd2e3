import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { deleteMilestone, updateMilestone } from "@/lib/plan/milestones";
import { milestonePatchSchema } from "@/lib/plan/schema";

const params = z.object({ planId: z.string().min(1).max(64), milestoneId: z.string().min(1).max(64) });

export const PATCH = route(
  {
    operationId: "updateMilestone",
    summary: "Edit a milestone",
    response: responses.updateMilestone,
    errors: ["stale_version"],
    params,
    body: milestonePatchSchema,
  },
  async ({ user, params, body }) => ({
    milestone: await updateMilestone(user.id, params.planId, params.milestoneId, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deleteMilestone",
    summary: "Delete a milestone",
    response: responses.deleteMilestone,
    params,
  },
  async ({ user, params }) => deleteMilestone(user.id, params.planId, params.milestoneId),
);

export * from "@/lib/server/method-not-allowed";
