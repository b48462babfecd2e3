// The AI review configuration, from the validated environment (lib/server/env.ts). With no
// endpoint configured, `aiConfig()` is null: the feature is off, no button is shown and
// nothing connects anywhere.
import { type Env, env } from "@/lib/server/env";

export type AiConfig = {
  baseURL: string;
  /** Sent as the bearer token; local servers (Ollama) accept any value. */
  apiKey: string;
  model: string;
  /** The whole review (both tries, streaming included) must finish within this. */
  timeoutMs: number;
  /** Reviews one user may request in any 24 hours. */
  dailyLimit: number;
};

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_DAILY_LIMIT = 20;

type AiEnv = Pick<Env, "PREPLOOP_AI_BASE_URL" | "PREPLOOP_AI_API_KEY" | "PREPLOOP_AI_MODEL" | "PREPLOOP_AI_TIMEOUT_MS" | "PREPLOOP_AI_DAILY_LIMIT">;

export function aiConfig(e: AiEnv = env()): AiConfig | null {
  if (!e.PREPLOOP_AI_BASE_URL || !e.PREPLOOP_AI_MODEL) return null;
  return {
    baseURL: e.PREPLOOP_AI_BASE_URL.replace(/\/+$/, ""),
    apiKey: e.PREPLOOP_AI_API_KEY ?? "not-needed",
    model: e.PREPLOOP_AI_MODEL,
    timeoutMs: e.PREPLOOP_AI_TIMEOUT_MS ? Number(e.PREPLOOP_AI_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS,
    dailyLimit: e.PREPLOOP_AI_DAILY_LIMIT ? Number(e.PREPLOOP_AI_DAILY_LIMIT) : DEFAULT_DAILY_LIMIT,
  };
}
