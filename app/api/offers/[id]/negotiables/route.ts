import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { idParams, negotiableUpdateSchema } from "@/lib/offers/schema";
import { setNegotiable } from "@/lib/offers/negotiation-store";

export const PUT = route(
  {
    operationId: "setNegotiable",
    summary: "Tick or untick a negotiable item of an offer",
    response: responses.setNegotiable,
    params: idParams,
    body: negotiableUpdateSchema,
  },
  async ({ user, params, body }) => setNegotiable(user.id, params.id, body.key, body.checked),
);

export * from "@/lib/server/method-not-allowed";
