import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { menteeStory } from "@/lib/stories/mentor";
import { menteeStoryParams } from "@/lib/stories/schema";

export const GET = route(
  {
    operationId: "getMenteeStory",
    summary: "One of a mentee's stories with your comment thread on it",
    response: responses.getMenteeStory,
    params: menteeStoryParams,
  },
  async ({ user, params }) => menteeStory(user.id, params.menteeId, params.storyId),
);

export * from "@/lib/server/method-not-allowed";
