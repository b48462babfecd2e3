import { z } from "zod";
import { route } from "@/lib/server/http";
import { deleteMilestone, updateMilestone } from "@/lib/plan/milestones";
import { milestonePatchSchema } from "@/lib/plan/schema";

const params = z.object({ planId: z.string().min(1).max(64), milestoneId: z.string().min(1).max(64) });

export const PATCH = route({ params, body: milestonePatchSchema }, async ({ user, params, body }) => ({
  milestone: await updateMilestone(user.id, params.planId, params.milestoneId, body),
}));

export const DELETE = route({ params }, async ({ user, params }) =>
  deleteMilestone(user.id, params.planId, params.milestoneId),
);

export * from "@/lib/server/method-not-allowed";
