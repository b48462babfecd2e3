import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { setCheck } from "@/lib/practice/interviews";
import { checkSchema, idParams } from "@/lib/practice/schema";

/** Ticks (`checked: true`) or unticks one item of the interview's checklist. */
export const PUT = route(
  {
    operationId: "setInterviewCheck",
    summary: "Tick or untick an interview checklist item",
    response: responses.setInterviewCheck,
    params: idParams,
    body: checkSchema,
  },
  async ({ user, params, body }) => ({
    interview: await setCheck(user.id, params.id, body.itemKey, body.checked),
  }),
);

export * from "@/lib/server/method-not-allowed";
