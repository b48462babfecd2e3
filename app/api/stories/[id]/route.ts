import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { storyIdParams, storyUpdateSchema } from "@/lib/stories/schema";
import { deleteStory, getStory, updateStory } from "@/lib/stories/stories";

export const GET = route(
  {
    operationId: "getStory",
    summary: "A story with the answers it was used in, their scores, and mentors' comments",
    response: responses.getStory,
    params: storyIdParams,
  },
  async ({ user, params }) => ({ story: await getStory(user.id, params.id) }),
);

export const PUT = route(
  {
    operationId: "updateStory",
    summary: "Edit a story (send the version you saw)",
    response: responses.updateStory,
    errors: ["stale_version"],
    params: storyIdParams,
    body: storyUpdateSchema,
  },
  async ({ user, params, body }) => ({ story: await updateStory(user.id, params.id, body) }),
);

export const DELETE = route(
  {
    operationId: "deleteStory",
    summary: "Delete a story",
    response: responses.deleteStory,
    params: storyIdParams,
  },
  async ({ user, params }) => {
    await deleteStory(user.id, params.id);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
