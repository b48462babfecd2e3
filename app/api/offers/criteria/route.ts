import { route } from "@/lib/server/http";
import { criteriaUpdateSchema } from "@/lib/offers/schema";
import { getCriteria, updateCriteria } from "@/lib/offers/matrix-store";

export const GET = route({}, async ({ user }) => getCriteria(user.id));

export const PUT = route({ body: criteriaUpdateSchema }, async ({ user, body }) => updateCriteria(user.id, body));

export * from "@/lib/server/method-not-allowed";
