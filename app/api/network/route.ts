import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { createNetworkItem, listNetworkItems } from "@/lib/plan/network";
import { networkCreateSchema } from "@/lib/plan/schema";

export const GET = route(
  { operationId: "listNetworkItems", summary: "Your networking items", response: responses.listNetworkItems },
  async ({ user }) => ({ items: await listNetworkItems(user.id) }),
);

export const POST = route(
  {
    operationId: "createNetworkItem",
    summary: "Add a networking item",
    response: responses.createNetworkItem,
    status: 201,
    body: networkCreateSchema,
  },
  async ({ user, body }) => created({ item: await createNetworkItem(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
