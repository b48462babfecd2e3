import "server-only";
// Transcribes a recording with an OpenAI-compatible speech-to-text endpoint (OpenAI Whisper, a
// local faster-whisper or whisper.cpp server): `POST {base}/audio/transcriptions`, multipart
// with the assembled recording as `file` (its container's MIME type and a .webm/.ogg name, which
// servers use to pick the decoder), `model` and `response_format=json`. Same client, deadline
// and failure mapping as the AI review (lib/ai/errors.ts): 424 when the endpoint fails or times
// out, its 429 passed on as 429.
import OpenAI, { toFile } from "openai";
import { type EndpointLabels, endpointError } from "@/lib/ai/errors";
import { containerOf } from "./limits";
import { type SttConfig } from "./stt-config";

export const STT_LABELS: EndpointLabels = {
  task: "transcription",
  endpoint: "speech-to-text endpoint",
  keyVar: "PREPLOOP_STT_API_KEY",
  modelVar: "PREPLOOP_STT_MODEL",
  codes: {
    timeout: "stt_timeout",
    cancelled: "stt_cancelled",
    unreachable: "stt_endpoint_unreachable",
    unauthorized: "stt_endpoint_unauthorized",
    rateLimited: "stt_endpoint_rate_limited",
    modelNotFound: "stt_model_not_found",
    failed: "stt_endpoint_failed",
    rejected: "stt_endpoint_rejected",
  },
};

/** What the transcript route can answer besides the usual 404/400 (its OpenAPI entry). */
export const STT_ERROR_CODES = [
  "stt_not_configured",
  "attempt_submitted",
  "recording_not_complete",
  ...Object.values(STT_LABELS.codes),
] as const;

/** The upload's file name and type: `audio/webm;codecs=opus` → `answer.webm`, `audio/webm`. */
export function uploadName(mimeType: string): { name: string; type: string } {
  const container = containerOf(mimeType) ?? "webm";
  return { name: `answer.${container}`, type: `audio/${container}` };
}

/** The transcript's text (trimmed; empty when nothing was recognised). */
export async function transcribe(cfg: SttConfig, audio: Uint8Array, mimeType: string, signal: AbortSignal): Promise<string> {
  const deadline = AbortSignal.timeout(cfg.timeoutMs);
  const client = new OpenAI({ baseURL: cfg.baseURL, apiKey: cfg.apiKey, maxRetries: 0, timeout: cfg.timeoutMs });
  const { name, type } = uploadName(mimeType);
  try {
    const file = await toFile(audio, name, { type });
    const reply = await client.audio.transcriptions.create(
      { file, model: cfg.model, response_format: "json" },
      { signal: AbortSignal.any([signal, deadline]) },
    );
    if (typeof reply?.text !== "string") throw new Error("no text in the reply");
    return reply.text.trim();
  } catch (e) {
    throw endpointError(e, { timedOut: deadline.aborted && !signal.aborted, timeoutMs: cfg.timeoutMs }, STT_LABELS);
  }
}
