import { created, route } from "@/lib/server/http";
import { createNetworkItem, listNetworkItems } from "@/lib/plan/network";
import { networkCreateSchema } from "@/lib/plan/schema";

export const GET = route({}, async ({ user }) => ({ items: await listNetworkItems(user.id) }));

export const POST = route({ body: networkCreateSchema }, async ({ user, body }) =>
  created({ item: await createNetworkItem(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
