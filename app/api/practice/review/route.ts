import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { getReviewQueue } from "@/lib/practice/review";

/** Questions due for review now and a 14-day forecast (in the user's time zone). */
export const GET = route(
  {
    operationId: "getReviewSchedule",
    summary: "Questions due for review and a 14-day forecast",
    response: responses.getReviewSchedule,
  },
  async ({ user }) => getReviewQueue(user.id),
);

export * from "@/lib/server/method-not-allowed";
