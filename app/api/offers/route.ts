import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { offerInputSchema } from "@/lib/offers/schema";
import { listOffersForViewer } from "@/lib/offers/read-offers";
import { createOffer } from "@/lib/offers/write-offers";

export const GET = route(
  { operationId: "listOffers", summary: "Your offers", response: responses.listOffers },
  async ({ user }) => ({ offers: await listOffersForViewer(user.id) }),
);

export const POST = route(
  {
    operationId: "createOffer",
    summary: "Add an offer",
    response: responses.createOffer,
    status: 201,
    errors: ["too_many_offers"],
    body: offerInputSchema,
  },
  async ({ user, body }) => created({ offer: await createOffer(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
