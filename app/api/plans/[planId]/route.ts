import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { getPlan, updatePlan } from "@/lib/plan/plans";
import { planUpdateSchema } from "@/lib/plan/schema";

const params = z.object({ planId: z.string().min(1).max(64) });

export const GET = route(
  {
    operationId: "getPlan",
    summary: "A career plan with its milestones",
    response: responses.getPlan,
    params,
  },
  async ({ user, params }) => getPlan(user.id, params.planId),
);

export const PUT = route(
  {
    operationId: "updatePlan",
    summary: "Edit a career plan",
    response: responses.updatePlan,
    errors: ["stale_version"],
    params,
    body: planUpdateSchema,
  },
  async ({ user, params, body }) => updatePlan(user.id, params.planId, body),
);

export * from "@/lib/server/method-not-allowed";
