import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { describe, expect, it } from "vitest";
import { aiConfig } from "@/lib/ai/config";
import { endpointError, schemaUnsupported } from "@/lib/ai/errors";
import { parsePartialJson } from "@/lib/ai/partial-json";
import { PROMPT_VERSION, SYSTEM_PROMPT, buildPrompt } from "@/lib/ai/prompt";
import { RESPONSE_JSON_SCHEMA, parseReply } from "@/lib/ai/result";
import { type HttpError } from "@/lib/server/errors";
import { parseEnv } from "@/lib/server/env";

const question = {
  title: "Precision or recall for fraud detection?",
  prompt: "A bank asks you to flag fraudulent card payments.\nWhich metric do you optimise, and why?",
  type: "technical",
  focusArea: "ml-algorithms",
  keyPoints: ["Class imbalance makes accuracy useless", "Cost of false negatives vs false positives", "Threshold tuning on a PR curve"],
  allocatedMinutes: 10,
  answer: "  Fraud is rare, so accuracy says nothing. A missed fraud costs more than a blocked payment.\n",
};

const reply = (over: Record<string, unknown> = {}) => ({
  scores: {
    technicalAccuracy: { score: 7, reason: "Right idea." },
    communicationClarity: { score: 8, reason: "Clear." },
    problemSolving: { score: 6, reason: "One approach only." },
    practicalConsiderations: { score: 5, reason: "No monitoring." },
  },
  keyPoints: [
    { index: 1, verdict: "partly", evidence: ["A missed fraud costs more than a blocked payment."] },
    { index: 0, verdict: "covered", evidence: ["“Fraud is rare, so   ACCURACY says nothing.”", "Never written by the candidate."] },
    { index: 2, verdict: "missing", evidence: ["Fraud is rare"] },
  ],
  improvements: ["Say how you pick the threshold.", "Mention monitoring."],
  summary: "Good start.",
  ...over,
});

describe("AI review prompt", () => {
  it("builds the system and user messages from the question, key points, rubric and answer", () => {
    const [system, user] = buildPrompt(question);
    expect(PROMPT_VERSION).toBe("ai-review-2026-12-06.1");
    expect(system).toEqual({ role: "system", content: SYSTEM_PROMPT });
    expect(user!.role).toBe("user");
    expect(user!.content.split("\n")).toEqual([
      "Question (technical, focus area ml-algorithms, 10 minutes): Precision or recall for fraud detection?",
      "",
      "A bank asks you to flag fraudulent card payments.",
      "Which metric do you optimise, and why?",
      "",
      "Key evaluation points (give one verdict for each, by index):",
      "0. Class imbalance makes accuracy useless",
      "1. Cost of false negatives vs false positives",
      "2. Threshold tuning on a PR curve",
      "",
      "Score each of the guide's four evaluation points from 0 to 10:",
      "- technicalAccuracy (Technical accuracy): Were the facts, formulas and code correct?",
      "- communicationClarity (Communication clarity): Could an interviewer follow the answer easily?",
      "- problemSolving (Problem-solving approach): Did you clarify, structure and weigh alternatives?",
      "- practicalConsiderations (Practical considerations): Cost, scale, monitoring, failure modes, ethics.",
      "",
      "The guide's readiness bands for the mean of the four scores:",
      "- Excellent: mean score at least 8.5 (Ready for senior/lead positions)",
      "- Good: mean score at least 7 (Suitable for mid-level positions)",
      "- Developing: mean score at least 5.5 (Entry-level to junior positions)",
      "- Needs improvement: mean score below 5.5 (Additional preparation required)",
      "",
      'Level descriptors of the rubric domain "Machine learning fundamentals":',
      "- 0-2: Basic understanding of ML concepts, struggles with terminology",
      "- 3-4: Familiar with supervised/unsupervised learning, basic algorithms",
      "- 5-6: Solid understanding of ML pipeline, multiple algorithms",
      "- 7-8: Advanced knowledge of model selection, hyperparameter tuning",
      "- 9-10: Expert-level understanding, can explain complex trade-offs",
      "",
      "<answer>",
      "Fraud is rare, so accuracy says nothing. A missed fraud costs more than a blocked payment.",
      "</answer>",
    ]);
  });

  it("says when there are no key points and leaves out descriptors of an unknown focus area", () => {
    const [, user] = buildPrompt({ ...question, keyPoints: [], focusArea: "unknown-area" });
    expect(user!.content).toContain("(this question lists no key points: reply with an empty keyPoints array)");
    expect(user!.content).not.toContain("Level descriptors");
  });
});

describe("AI review reply parsing", () => {
  it("validates, orders the verdicts, keeps only quotes found in the answer and computes the band", () => {
    const out = parseReply(JSON.stringify(reply()), 3, question.answer);
    expect(out).toEqual({
      ok: true,
      review: {
        scores: reply().scores,
        keyPoints: [
          { index: 0, verdict: "covered", evidence: ["Fraud is rare, so   ACCURACY says nothing."] },
          { index: 1, verdict: "partly", evidence: ["A missed fraud costs more than a blocked payment."] },
          { index: 2, verdict: "missing", evidence: [] },
        ],
        improvements: ["Say how you pick the threshold.", "Mention monitoring."],
        summary: "Good start.",
        band: "developing", // (7 + 8 + 6 + 5) / 4 = 6.5
      },
    });
  });

  it("reads JSON inside a Markdown fence or after a sentence", () => {
    expect(parseReply("```json\n" + JSON.stringify(reply()) + "\n```", 3, question.answer).ok).toBe(true);
    expect(parseReply("Here it is: " + JSON.stringify(reply()) + " Done.", 3, question.answer).ok).toBe(true);
  });

  it("rejects text that is not JSON, scores out of range, missing or doubled verdicts and extra fields", () => {
    expect(parseReply("The answer is fine, 7/10.", 3, "")).toEqual({ ok: false, problem: "the reply is not JSON" });
    const bad = reply();
    bad.scores.technicalAccuracy.score = 11;
    expect(parseReply(JSON.stringify(bad), 3, "")).toEqual({ ok: false, problem: "scores.technicalAccuracy.score: Too big: expected number to be <=10" });
    expect(parseReply(JSON.stringify(reply()), 4, "")).toEqual({
      ok: false,
      problem: "keyPoints: expected one verdict for each of the 4 key points (indices 0-3)",
    });
    const doubled = reply({ keyPoints: [0, 0, 2].map((index) => ({ index, verdict: "covered", evidence: [] })) });
    expect(parseReply(JSON.stringify(doubled), 3, "").ok).toBe(false);
    expect(parseReply(JSON.stringify(reply({ band: "excellent" })), 3, "")).toEqual({ ok: false, problem: 'reply: Unrecognized key: "band"' });
    expect(parseReply(JSON.stringify(reply({ improvements: [] })), 3, "")).toMatchObject({ ok: false });
  });

  it("sends a strict JSON schema naming every field", () => {
    expect(RESPONSE_JSON_SCHEMA.required).toEqual(["scores", "keyPoints", "improvements", "summary"]);
    expect(RESPONSE_JSON_SCHEMA.properties.scores.required).toEqual(["technicalAccuracy", "communicationClarity", "problemSolving", "practicalConsiderations"]);
  });
});

describe("partial JSON of a streamed review", () => {
  it("shows what has arrived so far", () => {
    expect(parsePartialJson("")).toBeUndefined();
    expect(parsePartialJson('{"scores": {"technicalAccuracy": {"score": 7, "reason": "Right id')).toEqual({
      scores: { technicalAccuracy: { score: 7, reason: "Right id" } },
    });
    expect(parsePartialJson('{"summary": "a", "improvements": ["x", "y')).toEqual({ summary: "a", improvements: ["x", "y"] });
    expect(parsePartialJson('{"summary": "a", "impro')).toEqual({ summary: "a" });
    expect(parsePartialJson('{"a": 1, "b": tr')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a": "x\\')).toEqual({ a: "x" });
    expect(parsePartialJson('{"a": [1, 2]} trailing')).toEqual({ a: [1, 2] });
  });
});

describe("AI endpoint failures", () => {
  const ctx = { timedOut: false, timeoutMs: 60_000 };
  const status = (s: number, message = "x", headers?: Record<string, string>) =>
    endpointError(APIError.generate(s, { message }, message, new Headers(headers)), ctx);
  const shape = (e: HttpError) => ({ status: e.status, code: e.code, headers: e.headers });

  it("maps each failure to its own code, never a 5xx", () => {
    expect(shape(status(401))).toEqual({ status: 424, code: "ai_endpoint_unauthorized", headers: undefined });
    expect(shape(status(403))).toEqual({ status: 424, code: "ai_endpoint_unauthorized", headers: undefined });
    expect(shape(status(429, "slow down", { "retry-after": "30" }))).toEqual({ status: 429, code: "ai_endpoint_rate_limited", headers: { "Retry-After": "30" } });
    expect(shape(status(429))).toEqual({ status: 429, code: "ai_endpoint_rate_limited", headers: undefined });
    expect(shape(status(404))).toEqual({ status: 424, code: "ai_model_not_found", headers: undefined });
    expect(shape(status(500))).toEqual({ status: 424, code: "ai_endpoint_failed", headers: undefined });
    expect(shape(status(503))).toEqual({ status: 424, code: "ai_endpoint_failed", headers: undefined });
    expect(shape(status(400))).toEqual({ status: 424, code: "ai_endpoint_rejected", headers: undefined });
    expect(endpointError(new APIConnectionError({ message: "refused" }), ctx).code).toBe("ai_endpoint_unreachable");
    expect(endpointError(new APIConnectionTimeoutError(), ctx).code).toBe("ai_timeout");
    expect(endpointError(new Error("whatever"), { timedOut: true, timeoutMs: 6000 }).message).toBe(
      "The AI review took longer than 6 seconds and was stopped. Nothing was saved; try again later.",
    );
    expect(endpointError(new TypeError("boom"), ctx).status).toBe(424);
  });

  it("recognises a server without JSON-schema output", () => {
    expect(schemaUnsupported(APIError.generate(400, {}, "response_format json_schema is not supported", new Headers()))).toBe(true);
    expect(schemaUnsupported(APIError.generate(400, {}, "messages is required", new Headers()))).toBe(false);
    expect(schemaUnsupported(APIError.generate(500, {}, "response_format", new Headers()))).toBe(false);
  });
});

describe("AI configuration", () => {
  const base = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", NEXTAUTH_SECRET: "x".repeat(32) };

  it("is off with nothing set, and on with a base URL and a model", () => {
    expect(aiConfig(parseEnv(base))).toBeNull();
    expect(aiConfig(parseEnv({ ...base, PREPLOOP_AI_BASE_URL: "http://localhost:11434/v1/", PREPLOOP_AI_MODEL: "llama3.1:8b" }))).toEqual({
      baseURL: "http://localhost:11434/v1",
      apiKey: "not-needed",
      model: "llama3.1:8b",
      timeoutMs: 60_000,
      dailyLimit: 20,
    });
    expect(
      aiConfig(
        parseEnv({
          ...base,
          PREPLOOP_AI_BASE_URL: "https://api.openai.com/v1",
          PREPLOOP_AI_MODEL: "gpt-4o-mini",
          PREPLOOP_AI_API_KEY: "sk-1",
          PREPLOOP_AI_TIMEOUT_MS: "5000",
          PREPLOOP_AI_DAILY_LIMIT: "3",
        }),
      ),
    ).toMatchObject({ apiKey: "sk-1", timeoutMs: 5000, dailyLimit: 3 });
  });

  it("refuses a half or malformed configuration at start-up", () => {
    expect(() => parseEnv({ ...base, PREPLOOP_AI_BASE_URL: "http://localhost:11434/v1" })).toThrow(
      "PREPLOOP_AI_MODEL: PREPLOOP_AI_BASE_URL and PREPLOOP_AI_MODEL must be set together (or neither, to turn AI reviews off)",
    );
    expect(() => parseEnv({ ...base, PREPLOOP_AI_BASE_URL: "ftp://x", PREPLOOP_AI_MODEL: "m" })).toThrow("PREPLOOP_AI_BASE_URL: must be an http://");
    expect(() => parseEnv({ ...base, PREPLOOP_AI_DAILY_LIMIT: "0" })).toThrow("PREPLOOP_AI_DAILY_LIMIT");
    expect(() => parseEnv({ ...base, PREPLOOP_AI_TIMEOUT_MS: "fast" })).toThrow("PREPLOOP_AI_TIMEOUT_MS");
  });
});
