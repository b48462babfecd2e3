import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { idParams, offerUpdateSchema } from "@/lib/offers/schema";
import { getOfferForViewer } from "@/lib/offers/read-offers";
import { deleteOffer, updateOffer } from "@/lib/offers/write-offers";

export const GET = route(
  {
    operationId: "getOffer",
    summary: "One offer with its compensation",
    response: responses.getOffer,
    params: idParams,
  },
  async ({ user, params }) => ({ offer: await getOfferForViewer(user.id, params.id) }),
);

export const PUT = route(
  {
    operationId: "updateOffer",
    summary: "Edit an offer",
    response: responses.updateOffer,
    errors: ["stale_version"],
    params: idParams,
    body: offerUpdateSchema,
  },
  async ({ user, params, body }) => ({
    offer: await updateOffer(user.id, params.id, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deleteOffer",
    summary: "Delete an offer",
    response: responses.deleteOffer,
    params: idParams,
  },
  async ({ user, params }) => {
    await deleteOffer(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
