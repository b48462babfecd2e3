import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { idParams, offerArchiveSchema } from "@/lib/offers/schema";
import { setOfferArchived } from "@/lib/offers/write-offers";

/** `{ archived: true }` archives the offer (out of the default comparison); `false` brings it back. */
export const PUT = route(
  {
    operationId: "archiveOffer",
    summary: "Archive an offer, or bring it back",
    response: responses.archiveOffer,
    params: idParams,
    body: offerArchiveSchema,
  },
  async ({ user, params, body }) => ({
    offer: await setOfferArchived(user.id, params.id, body.archived),
  }),
);

export * from "@/lib/server/method-not-allowed";
