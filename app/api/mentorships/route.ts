import * as responses from "@/lib/api/responses";
import { listMentorships } from "@/lib/mentors/mentorships";
import { route } from "@/lib/server/http";

/** Both sides: `{ mentors, mentees }` (active mentorships). */
export const GET = route(
  {
    operationId: "listMentorships",
    summary: "Your mentors and mentees",
    response: responses.listMentorships,
  },
  async ({ user }) => listMentorships(user.id),
);

export * from "@/lib/server/method-not-allowed";
