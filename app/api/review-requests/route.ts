import { createReviewRequest } from "@/lib/mentors/review-requests";
import { reviewRequestSchema } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

/** `{ mentorshipId, attemptId | mockId, note? }` → 201 `{ request }`. */
export const POST = route({ body: reviewRequestSchema }, async ({ user, body }) =>
  created({ request: await createReviewRequest(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
