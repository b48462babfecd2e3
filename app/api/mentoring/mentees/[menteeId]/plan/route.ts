import { mentorPlan } from "@/lib/mentors/mentor-reads";
import { menteeParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route({ params: menteeParams }, async ({ user, params }) =>
  mentorPlan(user.id, params.menteeId),
);

export * from "@/lib/server/method-not-allowed";
