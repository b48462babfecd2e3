import * as responses from "@/lib/api/responses";
import { mentorRecording } from "@/lib/speech/recordings";
import { menteeAttemptParams } from "@/lib/speech/schema";
import { route } from "@/lib/server/http";

/** A shared answer's finished recording → `{ recording }` (null without one; 404 if not shared). */
export const GET = route(
  {
    operationId: "getMenteeRecording",
    summary: "The recording of a shared answer of your mentee",
    response: responses.getMenteeRecording,
    params: menteeAttemptParams,
  },
  async ({ user, params }) => ({ recording: await mentorRecording(user.id, params.menteeId, params.id) }),
);

export * from "@/lib/server/method-not-allowed";
