import * as responses from "@/lib/api/responses";
import { transcribeRecording } from "@/lib/speech/recordings";
import { attemptParams } from "@/lib/speech/schema";
import { STT_ERROR_CODES } from "@/lib/speech/stt";
import { route } from "@/lib/server/http";

/** Transcribes your finished recording with the configured speech-to-text endpoint → `{ transcript: { text } }` (nothing is saved). */
export const POST = route(
  {
    operationId: "transcribeRecording",
    summary: "Transcribe the recording of your answer",
    response: responses.transcribeRecording,
    errors: [...STT_ERROR_CODES],
    params: attemptParams,
  },
  async ({ req, user, params }) => ({ transcript: await transcribeRecording(user.id, params.id, req.signal) }),
);

export * from "@/lib/server/method-not-allowed";
