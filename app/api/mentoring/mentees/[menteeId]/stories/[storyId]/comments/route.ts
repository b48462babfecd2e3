import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { commentOnStory } from "@/lib/stories/mentor";
import { menteeStoryParams, storyCommentSchema } from "@/lib/stories/schema";

/** `{ body }` → 201 `{ comment }`. */
export const POST = route(
  {
    operationId: "addMenteeStoryComment",
    summary: "Leave a review comment on a mentee's story",
    response: responses.addMenteeStoryComment,
    status: 201,
    params: menteeStoryParams,
    body: storyCommentSchema,
  },
  async ({ user, params, body }) =>
    created({ comment: await commentOnStory(user.id, params.menteeId, params.storyId, body.body) }),
);

export * from "@/lib/server/method-not-allowed";
