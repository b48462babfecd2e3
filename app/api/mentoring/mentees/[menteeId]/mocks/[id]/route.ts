import { mentorMock } from "@/lib/mentors/mentor-reads";
import { menteeItemParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

export const GET = route({ params: menteeItemParams }, async ({ user, params }) =>
  mentorMock(user.id, params.menteeId, params.id),
);

export * from "@/lib/server/method-not-allowed";
