import { route } from "@/lib/server/http";
import { idParams, offerUpdateSchema } from "@/lib/offers/schema";
import { getOfferForViewer } from "@/lib/offers/read-offers";
import { deleteOffer, updateOffer } from "@/lib/offers/write-offers";

export const GET = route({ params: idParams }, async ({ user, params }) => ({ offer: await getOfferForViewer(user.id, params.id) }));

export const PUT = route({ params: idParams, body: offerUpdateSchema }, async ({ user, params, body }) => ({
  offer: await updateOffer(user.id, params.id, body),
}));

export const DELETE = route({ params: idParams }, async ({ user, params }) => {
  await deleteOffer(user.id, params.id);
  return { ok: true };
});

export * from "@/lib/server/method-not-allowed";
