import { attemptFeedback } from "@/lib/feedback/answer-feedback";
import { idParams } from "@/lib/practice/schema";
import { route } from "@/lib/server/http";

/** Key-point coverage of the owner's submitted attempt → `{ feedback }`; 409 while in progress. */
export const GET = route({ params: idParams }, async ({ user, params }) => ({
  feedback: await attemptFeedback(user.id, params.id),
}));

export * from "@/lib/server/method-not-allowed";
