import { ownerAudio } from "@/lib/speech/recordings";
import { attemptParams } from "@/lib/speech/schema";
import { route } from "@/lib/server/http";

/** The assembled audio of your recording; honours Range (206) so players can seek. */
export const GET = route(
  {
    operationId: "getRecordingAudio",
    summary: "The audio of your recording (audio/webm or audio/ogg; Range supported)",
    responseType: "audio/webm",
    status: [200, 206],
    errors: ["range_not_satisfiable"],
    params: attemptParams,
  },
  async ({ req, user, params }) => ownerAudio(user.id, params.id, req.headers.get("range")),
);

export * from "@/lib/server/method-not-allowed";
