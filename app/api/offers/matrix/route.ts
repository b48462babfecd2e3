import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { getMatrix } from "@/lib/offers/matrix-store";

export const GET = route(
  { operationId: "getMatrix", summary: "The offer comparison matrix", response: responses.getMatrix },
  async ({ user }) => ({ matrix: await getMatrix(user.id) }),
);

export * from "@/lib/server/method-not-allowed";
