import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { created, route } from "@/lib/server/http";
import { createMilestone } from "@/lib/plan/milestones";
import { milestoneCreateSchema } from "@/lib/plan/schema";

const params = z.object({ planId: z.string().min(1).max(64) });

export const POST = route(
  {
    operationId: "createMilestone",
    summary: "Add a milestone",
    response: responses.createMilestone,
    status: 201,
    params,
    body: milestoneCreateSchema,
  },
  async ({ user, params, body }) =>
    created({ milestone: await createMilestone(user.id, params.planId, body) }),
);

export * from "@/lib/server/method-not-allowed";
