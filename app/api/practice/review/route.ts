import { route } from "@/lib/server/http";
import { getReviewQueue } from "@/lib/practice/review";

/** Questions due for review now and a 14-day forecast (in the user's time zone). */
export const GET = route({}, async ({ user }) => getReviewQueue(user.id));

export * from "@/lib/server/method-not-allowed";
