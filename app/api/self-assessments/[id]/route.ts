import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { assessmentIdParams, selfAssessmentUpdateSchema } from "@/lib/rubric/schema";
import { deleteSelfAssessment, updateSelfAssessment } from "@/lib/rubric/self-assessments";

export const PUT = route(
  {
    operationId: "updateSelfAssessment",
    summary: "Edit a self-assessment",
    response: responses.updateSelfAssessment,
    errors: ["stale_version"],
    params: assessmentIdParams,
    body: selfAssessmentUpdateSchema,
  },
  async ({ user, params, body }) => ({
    assessment: await updateSelfAssessment(user.id, params.id, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deleteSelfAssessment",
    summary: "Delete a self-assessment",
    response: responses.deleteSelfAssessment,
    params: assessmentIdParams,
  },
  async ({ user, params }) => {
    await deleteSelfAssessment(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
