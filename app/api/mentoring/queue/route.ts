import { reviewQueue } from "@/lib/mentors/review-requests";
import { route } from "@/lib/server/http";

/** Open review requests from current mentees, oldest first, with how long each has waited. */
export const GET = route({}, async ({ user }) => ({ items: await reviewQueue(user.id) }));

export * from "@/lib/server/method-not-allowed";
