import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { createPlan, getUserPlan } from "@/lib/plan/plans";
import { planCreateSchema } from "@/lib/plan/schema";

/** The signed-in user's plan (one per user), or null before they make one. */
export const GET = route(
  { operationId: "getUserPlan", summary: "Your career plan, or null", response: responses.getUserPlan },
  async ({ user }) => {
    const detail = await getUserPlan(user.id);
    return detail ?? { plan: null, milestones: [], summary: null };
  },
);

export const POST = route(
  {
    operationId: "createPlan",
    summary: "Create your career plan",
    response: responses.createPlan,
    status: 201,
    errors: ["plan_exists"],
    body: planCreateSchema,
  },
  async ({ user, body }) => created(await createPlan(user.id, body)),
);

export * from "@/lib/server/method-not-allowed";
