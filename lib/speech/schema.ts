// zod schemas of the spoken-answer API (issue 18).
import { z } from "zod";
import { MAX_RECORDING_MS, MIME_PATTERN } from "./limits";

const id = z.string().min(1).max(40);
export const attemptParams = z.strictObject({ id });
export const chunkParams = z.strictObject({
  id,
  seq: z
    .string()
    .regex(/^(0|[1-9][0-9]{0,5})$/, "The chunk number must be a whole number from 0.")
    .transform(Number),
});
export const menteeAttemptParams = z.strictObject({ menteeId: id, id });

export const startRecordingSchema = z.strictObject({
  mimeType: z
    .string()
    .max(60)
    .regex(
      MIME_PATTERN,
      "Record Opus audio in WebM or Ogg (audio/webm;codecs=opus or audio/ogg;codecs=opus).",
    ),
});
export const completeRecordingSchema = z.strictObject({
  durationMs: z
    .int("The duration must be a whole number of milliseconds.")
    .min(0)
    .max(MAX_RECORDING_MS + 60_000),
});
const span = z.strictObject({
  startMs: z.int().min(0).max(3_600_000),
  lengthMs: z.int().min(0).max(3_600_000),
});

/** The delivery metrics (./metrics) the browser PUTs (the server stores them as given, after this check). */
export const audioMetricsSchema = z.strictObject({
  totalMs: z.int().min(0).max(3_600_000),
  speakingMs: z.int().min(0).max(3_600_000),
  silenceRatio: z.number().min(0).max(1),
  longPauses: z.array(span).max(2000),
  segments: z.array(span).max(20_000),
  loudnessVariationDb: z.number().min(0).max(200).nullable(),
});
export const metricsBodySchema = z.strictObject({ metrics: audioMetricsSchema });
