import { created, route } from "@/lib/server/http";
import { idParams } from "@/lib/offers/schema";
import { duplicateOffer } from "@/lib/offers/write-offers";

export const POST = route({ params: idParams }, async ({ user, params }) => created({ offer: await duplicateOffer(user.id, params.id) }));

export * from "@/lib/server/method-not-allowed";
