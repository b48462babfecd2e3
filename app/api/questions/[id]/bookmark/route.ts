import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { bookmarkSchema, questionIdParams } from "@/lib/questions/schema";
import { setChallenged } from "@/lib/questions/user-state";

/** "Challenged me": bookmarks any visible question for the user. */
export const PUT = route(
  {
    operationId: "setChallenged",
    summary: 'Bookmark a question as "challenged me"',
    response: responses.setChallenged,
    params: questionIdParams,
    body: bookmarkSchema,
  },
  async ({ user, params, body }) => setChallenged(user.id, params.id, body.challenged),
);

export * from "@/lib/server/method-not-allowed";
