import * as responses from "@/lib/api/responses";
import { createReviewRequest } from "@/lib/mentors/review-requests";
import { reviewRequestSchema } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

/** `{ mentorshipId, attemptId | mockId, note? }` → 201 `{ request }`. */
export const POST = route(
  {
    operationId: "createReviewRequest",
    summary: "Ask a mentor to review an attempt or a finished mock",
    response: responses.createReviewRequest,
    status: 201,
    errors: ["not_found", "already_requested", "attempt_in_progress", "mock_not_finished"],
    body: reviewRequestSchema,
  },
  async ({ user, body }) => created({ request: await createReviewRequest(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
