import * as responses from "@/lib/api/responses";
import { withdrawReviewRequest } from "@/lib/mentors/review-requests";
import { idParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const DELETE = route(
  {
    operationId: "withdrawReviewRequest",
    summary: "Withdraw a review request",
    response: responses.withdrawReviewRequest,
    params: idParams,
  },
  async ({ user, params }) => withdrawReviewRequest(user.id, params.id),
);

export * from "@/lib/server/method-not-allowed";
