import { mockAnswerFeedback } from "@/lib/feedback/answer-feedback";
import { slotParams } from "@/lib/mocks/schema";
import { route } from "@/lib/server/http";

/** Key-point coverage of one answer of the owner's finished mock → `{ feedback }`; 409 while it runs. */
export const GET = route({ params: slotParams }, async ({ user, params }) => ({
  feedback: await mockAnswerFeedback(user.id, params.id, params.slot),
}));

export * from "@/lib/server/method-not-allowed";
