import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { idParams, researchUpdateSchema } from "@/lib/offers/schema";
import { setResearchAnswer } from "@/lib/offers/negotiation-store";

export const PUT = route(
  {
    operationId: "setResearchAnswer",
    summary: "Answer a research question about an offer",
    response: responses.setResearchAnswer,
    params: idParams,
    body: researchUpdateSchema,
  },
  async ({ user, params, body }) => setResearchAnswer(user.id, params.id, body.key, body.answer),
);

export * from "@/lib/server/method-not-allowed";
