// The speech-to-text configuration, from the validated environment (lib/server/env.ts). With
// no endpoint configured, `sttConfig()` is null: transcription is off, the recorder says so and
// the candidate types or pastes what they said.
import { type Env, env } from "@/lib/server/env";

export type SttConfig = {
  baseURL: string;
  /** Sent as the bearer token; local servers (faster-whisper, whisper.cpp) accept any value. */
  apiKey: string;
  model: string;
  /** One transcription (upload included) must finish within this. */
  timeoutMs: number;
};

/** Two minutes: a local CPU model needs about real time for a long answer. */
export const DEFAULT_STT_TIMEOUT_MS = 120_000;

type SttEnv = Pick<Env, "PREPLOOP_STT_BASE_URL" | "PREPLOOP_STT_API_KEY" | "PREPLOOP_STT_MODEL" | "PREPLOOP_STT_TIMEOUT_MS">;

export function sttConfig(e: SttEnv = env()): SttConfig | null {
  if (!e.PREPLOOP_STT_BASE_URL || !e.PREPLOOP_STT_MODEL) return null;
  return {
    baseURL: e.PREPLOOP_STT_BASE_URL.replace(/\/+$/, ""),
    apiKey: e.PREPLOOP_STT_API_KEY ?? "not-needed",
    model: e.PREPLOOP_STT_MODEL,
    timeoutMs: e.PREPLOOP_STT_TIMEOUT_MS ? Number(e.PREPLOOP_STT_TIMEOUT_MS) : DEFAULT_STT_TIMEOUT_MS,
  };
}
