import * as responses from "@/lib/api/responses";
import { readAttemptAccess } from "@/lib/mentors/mentor-reads";
import { mentorComment, mentorThread } from "@/lib/mentors/reviews";
import { commentSchema, menteeItemParams } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "listMenteeAttemptComments",
    summary: "Your comment thread on a mentee's attempt",
    response: responses.listMenteeAttemptComments,
    params: menteeItemParams,
  },
  async ({ user, params }) => {
    const grant = await readAttemptAccess(user.id, params.menteeId, params.id);
    return { comments: (await mentorThread(grant)).comments };
  },
);

/** `{ body, parentId? }` → 201 `{ comment }`. */
export const POST = route(
  {
    operationId: "addMenteeAttemptComment",
    summary: "Comment on a mentee's attempt",
    response: responses.addMenteeAttemptComment,
    status: 201,
    params: menteeItemParams,
    body: commentSchema,
  },
  async ({ user, params, body }) => {
    const grant = await readAttemptAccess(user.id, params.menteeId, params.id);
    return created({ comment: await mentorComment(grant, body) });
  },
);

export * from "@/lib/server/method-not-allowed";
