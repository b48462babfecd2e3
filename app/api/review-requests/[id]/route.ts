import { withdrawReviewRequest } from "@/lib/mentors/review-requests";
import { idParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const DELETE = route({ params: idParams }, async ({ user, params }) =>
  withdrawReviewRequest(user.id, params.id),
);

export * from "@/lib/server/method-not-allowed";
