import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { resumeAttempt } from "@/lib/practice/attempts";
import { clockQuery, idParams } from "@/lib/practice/schema";

/** Resumes the attempt's clock (idempotent; no effect once submitted). */
export const POST = route(
  {
    operationId: "resumeAttempt",
    summary: "Resume an attempt's clock",
    response: responses.resumeAttempt,
    params: idParams,
    query: clockQuery,
  },
  async ({ user, params, query }) => ({ attempt: await resumeAttempt(user.id, params.id, query.page) }),
);

export * from "@/lib/server/method-not-allowed";
