import { listMentorships } from "@/lib/mentors/mentorships";
import { route } from "@/lib/server/http";

/** Both sides: `{ mentors, mentees }` (active mentorships). */
export const GET = route({}, async ({ user }) => listMentorships(user.id));

export * from "@/lib/server/method-not-allowed";
