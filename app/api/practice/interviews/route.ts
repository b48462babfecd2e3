import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { createInterview, listInterviews } from "@/lib/practice/interviews";
import { interviewCreateSchema } from "@/lib/practice/schema";

export const GET = route(
  {
    operationId: "listInterviews",
    summary: "Your interviews with checklist progress",
    response: responses.listInterviews,
  },
  async ({ user }) => ({ interviews: await listInterviews(user.id) }),
);

export const POST = route(
  {
    operationId: "createInterview",
    summary: "Add an interview",
    response: responses.createInterview,
    status: 201,
    body: interviewCreateSchema,
  },
  async ({ user, body }) => created({ interview: await createInterview(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
