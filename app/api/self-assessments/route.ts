import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { selfAssessmentSchema } from "@/lib/rubric/schema";
import { createSelfAssessment, listSelfAssessments } from "@/lib/rubric/self-assessments";

export const GET = route(
  {
    operationId: "listSelfAssessments",
    summary: "Your self-assessments, newest first",
    response: responses.listSelfAssessments,
  },
  async ({ user }) => ({ assessments: await listSelfAssessments(user.id) }),
);

export const POST = route(
  {
    operationId: "createSelfAssessment",
    summary: "Record a self-assessment",
    response: responses.createSelfAssessment,
    status: 201,
    body: selfAssessmentSchema,
  },
  async ({ user, body }) => created({ assessment: await createSelfAssessment(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
