import { z } from "zod";
import { route } from "@/lib/server/http";
import { deleteNetworkItem, updateNetworkItem } from "@/lib/plan/network";
import { networkPatchSchema } from "@/lib/plan/schema";

const params = z.object({ itemId: z.string().min(1).max(64) });

export const PATCH = route({ params, body: networkPatchSchema }, async ({ user, params, body }) => ({
  item: await updateNetworkItem(user.id, params.itemId, body),
}));

export const DELETE = route({ params }, async ({ user, params }) =>
  deleteNetworkItem(user.id, params.itemId),
);

export * from "@/lib/server/method-not-allowed";
