import { created, route } from "@/lib/server/http";
import { selfAssessmentSchema } from "@/lib/rubric/schema";
import { createSelfAssessment, listSelfAssessments } from "@/lib/rubric/self-assessments";

export const GET = route({}, async ({ user }) => ({ assessments: await listSelfAssessments(user.id) }));

export const POST = route({ body: selfAssessmentSchema }, async ({ user, body }) =>
  created({ assessment: await createSelfAssessment(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
