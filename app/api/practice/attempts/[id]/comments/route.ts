import * as responses from "@/lib/api/responses";
import { candidateComment } from "@/lib/mentors/reviews";
import { commentSchema, idParams } from "@/lib/mentors/schema";
import { created, route } from "@/lib/server/http";

/** The owner writes in one mentor's thread: `{ mentorId, body, parentId? }` → 201 `{ comment }`. */
export const POST = route(
  {
    operationId: "addAttemptComment",
    summary: "Comment in a mentor's thread on your attempt",
    response: responses.addAttemptComment,
    status: 201,
    params: idParams,
    body: commentSchema,
  },
  async ({ user, params, body }) => created({ comment: await candidateComment(user.id, params.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
