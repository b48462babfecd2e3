import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { idParams } from "@/lib/offers/schema";
import { duplicateOffer } from "@/lib/offers/write-offers";

export const POST = route(
  {
    operationId: "duplicateOffer",
    summary: "Copy an offer",
    response: responses.duplicateOffer,
    status: 201,
    errors: ["too_many_offers"],
    params: idParams,
  },
  async ({ user, params }) => created({ offer: await duplicateOffer(user.id, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
