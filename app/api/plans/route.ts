import { created, route } from "@/lib/server/http";
import { createPlan, getUserPlan } from "@/lib/plan/plans";
import { planCreateSchema } from "@/lib/plan/schema";

/** The signed-in user's plan (one per user), or null before they make one. */
export const GET = route({}, async ({ user }) => {
  const detail = await getUserPlan(user.id);
  return detail ?? { plan: null, milestones: [], summary: null };
});

export const POST = route({ body: planCreateSchema }, async ({ user, body }) =>
  created(await createPlan(user.id, body)),
);

export * from "@/lib/server/method-not-allowed";
