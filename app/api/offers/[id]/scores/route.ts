import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { idParams, scoresUpdateSchema } from "@/lib/offers/schema";
import { setScores } from "@/lib/offers/matrix-store";

export const PUT = route(
  {
    operationId: "setOfferScores",
    summary: "Score an offer on the criteria",
    response: responses.setOfferScores,
    params: idParams,
    body: scoresUpdateSchema,
  },
  async ({ user, params, body }) => ({
    matrix: await setScores(user.id, params.id, body.scores),
  }),
);

export * from "@/lib/server/method-not-allowed";
