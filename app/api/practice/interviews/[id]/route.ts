import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { deleteInterview, getInterview, updateInterview } from "@/lib/practice/interviews";
import { idParams, interviewUpdateSchema } from "@/lib/practice/schema";

export const GET = route(
  {
    operationId: "getInterview",
    summary: "One interview",
    response: responses.getInterview,
    params: idParams,
  },
  async ({ user, params }) => ({ interview: await getInterview(user.id, params.id) }),
);

export const PUT = route(
  {
    operationId: "updateInterview",
    summary: "Edit an interview",
    response: responses.updateInterview,
    errors: ["stale_version"],
    params: idParams,
    body: interviewUpdateSchema,
  },
  async ({ user, params, body }) => ({
    interview: await updateInterview(user.id, params.id, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deleteInterview",
    summary: "Delete an interview",
    response: responses.deleteInterview,
    params: idParams,
  },
  async ({ user, params }) => {
    await deleteInterview(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
