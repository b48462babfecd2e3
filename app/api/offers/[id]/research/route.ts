import { route } from "@/lib/server/http";
import { idParams, researchUpdateSchema } from "@/lib/offers/schema";
import { setResearchAnswer } from "@/lib/offers/negotiation-store";

export const PUT = route({ params: idParams, body: researchUpdateSchema }, async ({ user, params, body }) =>
  setResearchAnswer(user.id, params.id, body.key, body.answer),
);

export * from "@/lib/server/method-not-allowed";
