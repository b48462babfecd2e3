import { mentorDashboard } from "@/lib/mentors/mentees";
import { route } from "@/lib/server/http";

/** The mentor dashboard: `{ mentees, activity }`. */
export const GET = route({}, async ({ user }) => mentorDashboard(user.id));

export * from "@/lib/server/method-not-allowed";
