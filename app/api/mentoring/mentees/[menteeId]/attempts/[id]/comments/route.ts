import { readAttemptAccess } from "@/lib/mentors/mentor-reads";
import { mentorComment, mentorThread } from "@/lib/mentors/reviews";
import { commentSchema, menteeItemParams } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

export const GET = route({ params: menteeItemParams }, async ({ user, params }) => {
  const grant = await readAttemptAccess(user.id, params.menteeId, params.id);
  return { comments: (await mentorThread(grant)).comments };
});

/** `{ body, parentId? }` → 201 `{ comment }`. */
export const POST = route(
  { params: menteeItemParams, body: commentSchema },
  async ({ user, params, body }) => {
    const grant = await readAttemptAccess(user.id, params.menteeId, params.id);
    return created({ comment: await mentorComment(grant, body) });
  },
);

export * from "@/lib/server/method-not-allowed";
