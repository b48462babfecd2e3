import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { deleteNetworkItem, updateNetworkItem } from "@/lib/plan/network";
import { networkPatchSchema } from "@/lib/plan/schema";

const params = z.object({ itemId: z.string().min(1).max(64) });

export const PATCH = route(
  {
    operationId: "updateNetworkItem",
    summary: "Edit a networking item",
    response: responses.updateNetworkItem,
    errors: ["stale_version"],
    params,
    body: networkPatchSchema,
  },
  async ({ user, params, body }) => ({
    item: await updateNetworkItem(user.id, params.itemId, body),
  }),
);

export const DELETE = route(
  {
    operationId: "deleteNetworkItem",
    summary: "Delete a networking item",
    response: responses.deleteNetworkItem,
    params,
  },
  async ({ user, params }) => deleteNetworkItem(user.id, params.itemId),
);

export * from "@/lib/server/method-not-allowed";
