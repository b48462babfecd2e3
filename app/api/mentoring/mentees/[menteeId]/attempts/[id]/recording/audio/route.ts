import { mentorAudio } from "@/lib/speech/recordings";
import { menteeAttemptParams } from "@/lib/speech/schema";
import { route } from "@/lib/server/http";

/** The audio of a shared answer's recording; honours Range (206). */
export const GET = route(
  {
    operationId: "getMenteeRecordingAudio",
    summary: "The audio of a shared answer of your mentee (Range supported)",
    responseType: "audio/webm",
    status: [200, 206],
    errors: ["range_not_satisfiable"],
    params: menteeAttemptParams,
  },
  async ({ req, user, params }) => mentorAudio(user.id, params.menteeId, params.id, req.headers.get("range")),
);

export * from "@/lib/server/method-not-allowed";
