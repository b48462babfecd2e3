import * as responses from "@/lib/api/responses";
import { z } from "zod";
import { route } from "@/lib/server/http";
import { menteeStories } from "@/lib/stories/mentor";

const params = z.object({ menteeId: z.string().min(1).max(40) });

export const GET = route(
  {
    operationId: "listMenteeStories",
    summary: "A mentee's STAR stories (shared with the attempts scope)",
    response: responses.listMenteeStories,
    params,
  },
  async ({ user, params }) => menteeStories(user.id, params.menteeId),
);

export * from "@/lib/server/method-not-allowed";
