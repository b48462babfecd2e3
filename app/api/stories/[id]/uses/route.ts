import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { storyIdParams, storyUseSchema } from "@/lib/stories/schema";
import { recordStoryUse } from "@/lib/stories/stories";

/** `{ attemptId }`: the story went into this behavioural answer (once per answer). */
export const POST = route(
  {
    operationId: "recordStoryUse",
    summary: "Record that a story went into a behavioural answer being written",
    response: responses.recordStoryUse,
    errors: ["attempt_submitted", "mock_finished"],
    params: storyIdParams,
    body: storyUseSchema,
  },
  async ({ user, params, body }) => ({ use: await recordStoryUse(user.id, params.id, body.attemptId) }),
);

export * from "@/lib/server/method-not-allowed";
