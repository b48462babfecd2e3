import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { getMatrix } from "@/lib/offers/matrix-store";
import { matrixQuerySchema } from "@/lib/offers/matrix-selection";

/** The comparison matrix; `?offers=id1,id2` compares only those offers (default: every active offer). */
export const GET = route(
  {
    operationId: "getMatrix",
    summary: "The offer comparison matrix",
    response: responses.getMatrix,
    query: matrixQuerySchema,
  },
  async ({ user, query }) => ({ matrix: await getMatrix(user.id, query.offers) }),
);

export * from "@/lib/server/method-not-allowed";
