import { route } from "@/lib/server/http";
import { getMatrix } from "@/lib/offers/matrix-store";

export const GET = route({}, async ({ user }) => ({ matrix: await getMatrix(user.id) }));

export * from "@/lib/server/method-not-allowed";
