// zod schemas of the spoken-answer API (issue 18).
import { z } from "zod";
import { MAX_RECORDING_MS, MIME_PATTERN } from "./limits";
import { audioMetricsSchema } from "./metrics";

const id = z.string().min(1).max(40);
export const attemptParams = z.strictObject({ id });
export const chunkParams = z.strictObject({
  id,
  seq: z.string().regex(/^(0|[1-9][0-9]{0,5})$/, "The chunk number must be a whole number from 0.").transform(Number),
});
export const menteeAttemptParams = z.strictObject({ menteeId: id, id });

export const startRecordingSchema = z.strictObject({
  mimeType: z.string().max(60).regex(MIME_PATTERN, "Record Opus audio in WebM or Ogg (audio/webm;codecs=opus or audio/ogg;codecs=opus)."),
});
export const completeRecordingSchema = z.strictObject({
  durationMs: z.int("The duration must be a whole number of milliseconds.").min(0).max(MAX_RECORDING_MS + 60_000),
});
export const metricsBodySchema = z.strictObject({ metrics: audioMetricsSchema });
