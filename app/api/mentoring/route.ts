import * as responses from "@/lib/api/responses";
import { mentorDashboard } from "@/lib/mentors/mentees";
import { route } from "@/lib/server/http";

/** The mentor dashboard: `{ mentees, activity }`. */
export const GET = route(
  {
    operationId: "getMentorDashboard",
    summary: "The mentor dashboard: mentees and recent activity",
    response: responses.getMentorDashboard,
  },
  async ({ user }) => mentorDashboard(user.id),
);

export * from "@/lib/server/method-not-allowed";
