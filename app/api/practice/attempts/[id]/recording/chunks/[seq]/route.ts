import * as responses from "@/lib/api/responses";
import { readBodyBytes } from "@/lib/server/body";
import { MAX_CHUNK_BYTES } from "@/lib/speech/limits";
import { appendChunk } from "@/lib/speech/recordings";
import { chunkParams } from "@/lib/speech/schema";
import { route } from "@/lib/server/http";

/**
 * One chunk of the recording, as raw bytes (Content-Type: the recording's audio type). Chunks
 * go in order from 0; a re-sent identical chunk is accepted again (see lib/speech/recordings.ts).
 */
export const PUT = route(
  {
    operationId: "uploadRecordingChunk",
    summary: "Upload the next chunk of your recording (raw audio bytes)",
    response: responses.uploadRecordingChunk,
    requestType: "audio/webm",
    errors: ["recording_gap", "recording_chunk_mismatch", "recording_complete", "payload_too_large", "unsupported_media_type"],
    params: chunkParams,
  },
  async ({ req, user, params }) => {
    const bytes = await readBodyBytes(req, MAX_CHUNK_BYTES);
    const recording = await appendChunk(user.id, params.id, params.seq, req.headers.get("content-type") ?? "", bytes);
    return { recording };
  },
);

export * from "@/lib/server/method-not-allowed";
