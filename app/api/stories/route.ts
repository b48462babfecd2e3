import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { storySchema } from "@/lib/stories/schema";
import { createStory, listStories } from "@/lib/stories/stories";

export const GET = route(
  {
    operationId: "listStories",
    summary: "Your STAR stories",
    response: responses.listStories,
  },
  async ({ user }) => ({ stories: await listStories(user.id) }),
);

export const POST = route(
  {
    operationId: "createStory",
    summary: "Add a STAR story",
    response: responses.createStory,
    status: 201,
    body: storySchema,
  },
  async ({ user, body }) => created({ story: await createStory(user.id, body) }),
);

export * from "@/lib/server/method-not-allowed";
