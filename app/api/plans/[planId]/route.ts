import { z } from "zod";
import { route } from "@/lib/server/http";
import { getPlan, updatePlan } from "@/lib/plan/plans";
import { planUpdateSchema } from "@/lib/plan/schema";

const params = z.object({ planId: z.string().min(1).max(64) });

export const GET = route({ params }, async ({ user, params }) => getPlan(user.id, params.planId));

export const PUT = route({ params, body: planUpdateSchema }, async ({ user, params, body }) =>
  updatePlan(user.id, params.planId, body),
);

export * from "@/lib/server/method-not-allowed";
