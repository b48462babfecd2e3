import { route } from "@/lib/server/http";
import { assessmentIdParams } from "@/lib/rubric/schema";
import { deleteSelfAssessment } from "@/lib/rubric/self-assessments";

export const DELETE = route({ params: assessmentIdParams }, async ({ user, params }) => {
  await deleteSelfAssessment(user.id, params.id);
  return { ok: true };
});

export * from "@/lib/server/method-not-allowed";
