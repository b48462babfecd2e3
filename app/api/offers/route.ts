import { created, route } from "@/lib/server/http";
import { offerInputSchema } from "@/lib/offers/schema";
import { listOffersForViewer } from "@/lib/offers/read-offers";
import { createOffer } from "@/lib/offers/write-offers";

export const GET = route({}, async ({ user }) => ({ offers: await listOffersForViewer(user.id) }));

export const POST = route({ body: offerInputSchema }, async ({ user, body }) => created({ offer: await createOffer(user.id, body) }));

export * from "@/lib/server/method-not-allowed";
