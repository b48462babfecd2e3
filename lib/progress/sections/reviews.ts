import "server-only";
import { type ProgressContext } from "../context";

/** Review cards due now and in the next 7 days (the practice FSRS queue). */
export async function reviewsSection(ctx: ProgressContext) {
  return ctx.load.reviews();
}
