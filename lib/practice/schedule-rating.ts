// The review-schedule rule with AI reviews (docs/decisions/0017-ai-review.md): a question's
// FSRS rating, fixed when the attempt is first self-scored, is the strictest of the rating
// from the self-scores and the rating from the newest AI review existing at that moment.
// An AI review made after the first self-scoring does not re-rate the question (one review
// per attempt, as for corrected self-scores). Pure.
import { type RatingValue, type Scores, ratingFromScores } from "./rating";

export function scheduleRating(self: Scores, ai: Scores | null): RatingValue {
  const own = ratingFromScores(self);
  if (!ai) return own;
  return Math.min(own, ratingFromScores(ai)) as RatingValue;
}
