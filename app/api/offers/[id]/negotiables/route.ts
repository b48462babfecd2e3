import { route } from "@/lib/server/http";
import { idParams, negotiableUpdateSchema } from "@/lib/offers/schema";
import { setNegotiable } from "@/lib/offers/negotiation-store";

export const PUT = route({ params: idParams, body: negotiableUpdateSchema }, async ({ user, params, body }) =>
  setNegotiable(user.id, params.id, body.key, body.checked),
);

export * from "@/lib/server/method-not-allowed";
