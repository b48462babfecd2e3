import { route } from "@/lib/server/http";
import { assessmentIdParams, selfAssessmentUpdateSchema } from "@/lib/rubric/schema";
import { deleteSelfAssessment, updateSelfAssessment } from "@/lib/rubric/self-assessments";

export const PUT = route({ params: assessmentIdParams, body: selfAssessmentUpdateSchema }, async ({ user, params, body }) => ({
  assessment: await updateSelfAssessment(user.id, params.id, body),
}));

export const DELETE = route({ params: assessmentIdParams }, async ({ user, params }) => {
  await deleteSelfAssessment(user.id, params.id);
  return { ok: true };
});

export * from "@/lib/server/method-not-allowed";
