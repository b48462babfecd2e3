// Speech-to-text (issue 18): settings, the upload's name/type, failure mapping (shared with the
// AI review, lib/ai/errors.ts) and where the transcript goes in the answer.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { endpointError } = await import("@/lib/ai/errors");
const { parseEnv } = await import("@/lib/server/env");
const { STT_ERROR_CODES, STT_LABELS, uploadName } = await import("@/lib/speech/stt");
const { DEFAULT_STT_TIMEOUT_MS, sttConfig } = await import("@/lib/speech/stt-config");
const { transcribable, withTranscript } = await import("@/lib/speech/transcript-answer");
const { ERROR_STATUS } = await import("@/lib/server/errors");

const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", NEXTAUTH_SECRET: "x".repeat(32) };

describe("PREPLOOP_STT_* settings", () => {
  it("off when unset; base URL and model together; defaults", () => {
    expect(sttConfig(parseEnv(base))).toBeNull();
    expect(sttConfig(parseEnv({ ...base, PREPLOOP_STT_BASE_URL: "http://localhost:8000/v1/", PREPLOOP_STT_MODEL: "Systran/faster-whisper-small" }))).toEqual({
      baseURL: "http://localhost:8000/v1",
      apiKey: "not-needed",
      model: "Systran/faster-whisper-small",
      timeoutMs: DEFAULT_STT_TIMEOUT_MS,
    });
    expect(DEFAULT_STT_TIMEOUT_MS).toBe(120_000);
    expect(
      sttConfig(
        parseEnv({ ...base, PREPLOOP_STT_BASE_URL: "https://api.openai.com/v1", PREPLOOP_STT_MODEL: "whisper-1", PREPLOOP_STT_API_KEY: "sk-2", PREPLOOP_STT_TIMEOUT_MS: "30000" }),
      ),
    ).toEqual({ baseURL: "https://api.openai.com/v1", apiKey: "sk-2", model: "whisper-1", timeoutMs: 30_000 });
  });

  it("refuses a half or wrong configuration at start-up", () => {
    expect(() => parseEnv({ ...base, PREPLOOP_STT_BASE_URL: "http://localhost:8000/v1" })).toThrow(
      "PREPLOOP_STT_MODEL: PREPLOOP_STT_BASE_URL and PREPLOOP_STT_MODEL must be set together (or neither, to turn transcription off)",
    );
    expect(() => parseEnv({ ...base, PREPLOOP_STT_MODEL: "whisper-1" })).toThrow("must be set together");
    expect(() => parseEnv({ ...base, PREPLOOP_STT_BASE_URL: "ftp://x", PREPLOOP_STT_MODEL: "m" })).toThrow("PREPLOOP_STT_BASE_URL: must be an http://");
    expect(() => parseEnv({ ...base, PREPLOOP_STT_TIMEOUT_MS: "50" })).toThrow("PREPLOOP_STT_TIMEOUT_MS");
    expect(() => parseEnv({ ...base, PREPLOOP_STT_BASE_URL: "http://h/v1", PREPLOOP_STT_MODEL: "two words" })).toThrow("PREPLOOP_STT_MODEL: must be a model name");
  });
});

describe("the upload", () => {
  it("is named and typed by the recording's container", () => {
    expect(uploadName("audio/webm;codecs=opus")).toEqual({ name: "answer.webm", type: "audio/webm" });
    expect(uploadName('audio/ogg; codecs="opus"')).toEqual({ name: "answer.ogg", type: "audio/ogg" });
  });
});

describe("endpoint failures (shared mapping, transcription's codes and words)", () => {
  const ctx = { timedOut: false, timeoutMs: 120_000 };
  const api = (s: number, headers: Record<string, string> = {}) =>
    endpointError(APIError.generate(s, { message: "x" }, "x", new Headers(headers)), ctx, STT_LABELS);

  it("maps statuses to 424 codes, 429 stays 429 with Retry-After", () => {
    expect([api(401).status, api(401).code]).toEqual([424, "stt_endpoint_unauthorized"]);
    expect(api(403).message).toBe(
      "The speech-to-text endpoint refused this installation's credentials (403). Nothing was saved; an administrator needs to check PREPLOOP_STT_API_KEY.",
    );
    expect([api(404).status, api(404).code]).toEqual([424, "stt_model_not_found"]);
    expect(api(404).message).toMatch(/PREPLOOP_STT_MODEL/);
    expect([api(500).code, api(503).code]).toEqual(["stt_endpoint_failed", "stt_endpoint_failed"]);
    expect([api(400).status, api(400).code]).toEqual([424, "stt_endpoint_rejected"]);
    const limited = api(429, { "retry-after": "30" });
    expect([limited.status, limited.code, limited.headers]).toEqual([429, "stt_endpoint_rate_limited", { "Retry-After": "30" }]);
    expect(limited.message).toBe("The speech-to-text endpoint is busy and asked us to slow down (429). Nothing was saved; try again in 30 seconds.");
    expect(api(429).headers).toBeUndefined();
  });

  it("timeouts, unreachable, cancelled and unreadable replies", () => {
    expect(endpointError(new APIConnectionTimeoutError(), ctx, STT_LABELS).code).toBe("stt_timeout");
    expect(endpointError(new Error("late"), { timedOut: true, timeoutMs: 6000 }, STT_LABELS).message).toBe(
      "The transcription took longer than 6 seconds and was stopped. Nothing was saved; try again later.",
    );
    expect(endpointError(new APIConnectionError({ message: "refused" }), ctx, STT_LABELS).code).toBe("stt_endpoint_unreachable");
    expect([endpointError(new APIUserAbortError(), ctx, STT_LABELS).status, endpointError(new APIUserAbortError(), ctx, STT_LABELS).code]).toEqual([
      499,
      "stt_cancelled",
    ]);
    expect(endpointError(new TypeError("no text"), ctx, STT_LABELS).code).toBe("stt_endpoint_failed");
  });

  it("every code the route lists is in the closed list with the status the mapping uses", () => {
    for (const code of STT_ERROR_CODES) expect(ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400);
    expect(ERROR_STATUS.stt_not_configured).toBe(404);
  });
});

describe("withTranscript", () => {
  const said = "  Um, I would start with a baseline.  ";
  it("markdown: replace or append after the written text", () => {
    expect(withTranscript("MARKDOWN", { text: "" }, said, "append")).toEqual({ text: "Um, I would start with a baseline." });
    expect(withTranscript("MARKDOWN", { text: "Typed first.\n" }, said, "replace")).toEqual({ text: "Um, I would start with a baseline." });
    expect(withTranscript("MARKDOWN", { text: "Typed first.\n" }, said, "append")).toEqual({ text: "Typed first.\n\nUm, I would start with a baseline." });
  });

  it("STAR: into Situation; replace empties the other parts, append keeps them", () => {
    const star = { situation: "At a bank.", task: "Cut fraud.", action: "", result: "" };
    expect(withTranscript("STAR", star, said, "replace")).toEqual({ situation: "Um, I would start with a baseline.", task: "", action: "", result: "" });
    expect(withTranscript("STAR", star, said, "append")).toEqual({ ...star, situation: "At a bank.\n\nUm, I would start with a baseline." });
  });

  it("code answers are left alone", () => {
    expect(transcribable("CODE")).toBe(false);
    expect(transcribable("STAR")).toBe(true);
    expect(withTranscript("CODE", { code: "x = 1" }, said, "replace")).toEqual({ code: "x = 1" });
  });
});
