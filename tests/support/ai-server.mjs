// A local OpenAI-compatible endpoint for tests (node:http): POST /v1/chat/completions with and
// without `stream: true`. What it does is chosen by a marker in the reviewed answer:
//   (none)                   a fixed, realistic review (scores 7/8/6/5, one verdict per key point)
//   [ai-test:malformed]      text that is not the review JSON, every time
//   [ai-test:malformed-once] not JSON on the first request for that answer, the review after
//   [ai-test:invalid]        JSON in the wrong shape (a score of 14)
//   [ai-test:no-schema]      400 to a json_schema response format (like servers without structured output), the review without it
//   [ai-test:refusal]        a refusal (delta.refusal)
//   [ai-test:429] [ai-test:401] [ai-test:500]   that status with an OpenAI-style error body
//   [ai-test:hang]           starts the reply, then never finishes (until the client goes away)
//   [ai-test:gated]          streams half of the review, then waits for POST /control/release
// A wrong bearer token (not `Bearer test-key`) also answers 401.
// Control: GET /control/requests (what was asked), GET /control/closed (markers of requests the
// client abandoned before the reply ended), POST /control/release.
//
// Speech-to-text: POST /v1/audio/transcriptions (multipart: file, model, response_format), like
// OpenAI's. It cannot recognise speech: a test registers what to answer for an upload, keyed by
// the SHA-256 of the uploaded file's bytes, with POST /control/transcripts
//   { sha256, text }                      200 { text } (verbose_json adds language, duration, segments: [])
//   { sha256, fail: 401 | 429 | 500 }     that status with an OpenAI-style error body (429 with Retry-After: 30)
//   { sha256, fail: "hang" }              never answers (until the client goes away)
// An upload nobody registered answers 400 (so a test that forgot shows it). GET
// /control/transcriptions lists what was asked (sha256, size, file name and type, model,
// response_format, authorization), oldest first.
import { createHash } from "node:crypto";
import http from "node:http";

export const AI_TEST_KEY = "test-key";
export const AI_TEST_MODEL = "preploop-test-model";
/** The speech-to-text model name the test app is configured with (any name is accepted). */
export const STT_TEST_MODEL = "preploop-test-whisper";
/** Token counts every reply reports (a retried review stores the sums). */
export const AI_TEST_USAGE = { prompt_tokens: 1234, completion_tokens: 321 };

const SCORES = {
  technicalAccuracy: { score: 7, reason: "The core idea is right, but the answer never says how the threshold is chosen." },
  communicationClarity: { score: 8, reason: "Short, ordered paragraphs that an interviewer can follow." },
  problemSolving: { score: 6, reason: "Names one approach without weighing an alternative." },
  practicalConsiderations: { score: 5, reason: "No word on monitoring, cost or what happens when data drifts." },
};
const VERDICTS = ["covered", "partly", "missing"];

function between(text, start, end) {
  const i = text.indexOf(start);
  const j = text.indexOf(end, i + start.length);
  return i >= 0 && j > i ? text.slice(i + start.length, j).trim() : "";
}

/** The review for a prompt built by lib/ai/prompt.ts: one verdict per numbered key point. */
export function fixedReview(userPrompt) {
  const listed = between(userPrompt, "Key evaluation points (give one verdict for each, by index):", "\n\n");
  const count = listed.split("\n").filter((l) => /^\d+\. /.test(l)).length;
  const answer = between(userPrompt, "<answer>", "</answer>");
  const firstSentence = (answer.split(/(?<=[.!?])\s+/)[0] ?? "").trim();
  return {
    scores: SCORES,
    keyPoints: Array.from({ length: count }, (_, index) => {
      const verdict = VERDICTS[index % 3];
      const evidence = verdict === "missing" ? [] : verdict === "covered" ? [firstSentence, "A quote the answer never contained."] : [firstSentence];
      return { index, verdict, evidence };
    }),
    improvements: [
      "Say how you would pick the decision threshold and what it costs to get it wrong.",
      "Compare your approach with one alternative and say why you chose yours.",
      "Add how you would monitor the model once it is live.",
    ],
    summary: "A clear answer that gets the main idea right but stays shallow on trade-offs and on running the model in production.",
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (data += c));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function readBytes(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on("data", (c) => parts.push(c));
    req.on("end", () => resolve(Buffer.concat(parts)));
    req.on("error", reject);
  });
}

function sendJson(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

const errorBody = (message, type, code) => ({ error: { message, type, param: null, code } });

/** Splits text into pieces of about `size` characters (the streamed deltas). */
function pieces(text, size = 24) {
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/**
 * @param {{ port?: number }} [opts]
 * @returns {Promise<{ baseUrl: string, url: string, requests: object[], closed: string[], release: () => void, stop: () => Promise<void> }>}
 */
export async function startAiTestServer(opts = {}) {
  const requests = [];
  const closed = [];
  const seen = new Map();
  let gate = [];
  const release = () => {
    const waiting = gate;
    gate = [];
    for (const r of waiting) r();
  };

  /** sha256 → { text } | { fail } (see the header). */
  const transcripts = new Map();
  const transcriptions = [];

  async function transcription(req, res) {
    const raw = await readBytes(req);
    const form = await new Request("http://localhost/", { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body: raw }).formData();
    const file = form.get("file");
    if (!file || typeof file === "string") return sendJson(res, 400, errorBody("Missing the file field (multipart).", "invalid_request_error", null));
    const bytes = Buffer.from(await file.arrayBuffer());
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const responseFormat = String(form.get("response_format") ?? "json");
    transcriptions.push({
      sha256,
      size: bytes.length,
      filename: file.name,
      type: file.type,
      model: form.get("model"),
      responseFormat,
      authorization: req.headers.authorization ?? null,
    });
    if (req.headers.authorization !== `Bearer ${AI_TEST_KEY}`) {
      return sendJson(res, 401, errorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
    }
    const plan = transcripts.get(sha256);
    if (!plan) return sendJson(res, 400, errorBody(`No transcript registered for an upload with SHA-256 ${sha256}.`, "invalid_request_error", null));
    if (plan.fail === "hang") {
      req.socket.on("close", () => closed.push("transcription-hang"));
      return; // never answers
    }
    if (plan.fail === 401) return sendJson(res, 401, errorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
    if (plan.fail === 429) {
      return sendJson(res, 429, errorBody("Rate limit reached for requests.", "requests", "rate_limit_exceeded"), { "Retry-After": "30" });
    }
    if (plan.fail === 500) return sendJson(res, 500, errorBody("The server had an error while processing your request.", "server_error", null));
    if (responseFormat === "verbose_json") return sendJson(res, 200, { task: "transcribe", language: "english", duration: 0, text: plan.text, segments: [] });
    return sendJson(res, 200, { text: plan.text });
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "POST" && url.pathname === "/control/transcripts") {
        const { sha256, text, fail } = JSON.parse(await readBody(req));
        if (!/^[0-9a-f]{64}$/.test(sha256 ?? "")) return sendJson(res, 400, errorBody("Send { sha256, text } or { sha256, fail }.", "invalid_request_error", null));
        transcripts.set(sha256, fail !== undefined ? { fail } : { text: String(text ?? "") });
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === "GET" && url.pathname === "/control/transcriptions") return sendJson(res, 200, { transcriptions });
      if (req.method === "POST" && url.pathname === "/v1/audio/transcriptions") return await transcription(req, res);
      if (req.method === "GET" && url.pathname === "/control/requests") return sendJson(res, 200, { requests });
      if (req.method === "GET" && url.pathname === "/control/closed") return sendJson(res, 200, { closed });
      if (req.method === "POST" && url.pathname === "/control/release") {
        release();
        return sendJson(res, 200, { ok: true });
      }
      if (req.method !== "POST" || url.pathname !== "/v1/chat/completions") {
        return sendJson(res, 404, errorBody(`No route ${req.method} ${url.pathname}`, "invalid_request_error", null));
      }
      const body = JSON.parse(await readBody(req));
      const userPrompt = [...body.messages].reverse().find((m) => m.role === "user")?.content ?? "";
      const answer = between(userPrompt, "<answer>", "</answer>");
      const marker = /\[ai-test:([a-z0-9-]+)\]/.exec(answer)?.[1] ?? "good";
      const format = body.response_format?.type ?? null;
      requests.push({ marker, model: body.model, stream: body.stream === true, format, authorization: req.headers.authorization ?? null });

      if (req.headers.authorization !== `Bearer ${AI_TEST_KEY}` || marker === "401") {
        return sendJson(res, 401, errorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
      }
      if (marker === "429") {
        return sendJson(res, 429, errorBody("Rate limit reached for requests.", "requests", "rate_limit_exceeded"), { "Retry-After": "30" });
      }
      if (marker === "500") return sendJson(res, 500, errorBody("The server had an error while processing your request.", "server_error", null));
      if (marker === "no-schema" && format === "json_schema") {
        return sendJson(res, 400, errorBody("response_format json_schema is not supported by this server", "invalid_request_error", null));
      }

      let content = JSON.stringify(fixedReview(userPrompt), null, 1);
      let refusal = null;
      if (marker === "malformed") content = "Here is my review: the answer is decent, 7 out of 10 overall.";
      if (marker === "invalid") content = JSON.stringify({ ...fixedReview(userPrompt), scores: { ...SCORES, technicalAccuracy: { score: 14, reason: "Great." } } });
      if (marker === "malformed-once") {
        const n = (seen.get(answer) ?? 0) + 1;
        seen.set(answer, n);
        if (n === 1) content = '{"scores": {"technicalAccuracy": {"score": 7, "reason": "cut off';
      }
      if (marker === "refusal") {
        refusal = "I can't help with that.";
        content = "";
      }

      const id = `chatcmpl-test-${requests.length}`;
      const created = Math.floor(Date.now() / 1000);
      const model = body.model;
      if (!body.stream) {
        if (marker === "hang") {
          req.socket.on("close", () => closed.push(marker));
          return; // never answers
        }
        return sendJson(res, 200, {
          id,
          object: "chat.completion",
          created,
          model,
          choices: [{ index: 0, message: { role: "assistant", content: refusal ? null : content, refusal }, finish_reason: "stop" }],
          usage: { ...AI_TEST_USAGE, total_tokens: AI_TEST_USAGE.prompt_tokens + AI_TEST_USAGE.completion_tokens },
        });
      }

      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache", Connection: "keep-alive" });
      let finished = false;
      res.on("close", () => {
        if (!finished) closed.push(marker);
      });
      const chunk = (delta, finish = null) =>
        res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      chunk({ role: "assistant", content: "" });
      if (marker === "hang") {
        chunk({ content: '{"scores": {' });
        return; // never ends
      }
      if (refusal) chunk({ refusal });
      const parts = pieces(content);
      const half = Math.floor(parts.length / 2);
      for (let i = 0; i < parts.length; i++) {
        if (marker === "gated" && i === half) await new Promise((resolve) => gate.push(resolve));
        if (res.destroyed) return;
        chunk({ content: parts[i] });
      }
      chunk({}, "stop");
      if (body.stream_options?.include_usage) {
        res.write(
          `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [], usage: { ...AI_TEST_USAGE, total_tokens: AI_TEST_USAGE.prompt_tokens + AI_TEST_USAGE.completion_tokens } })}\n\n`,
        );
      }
      res.write("data: [DONE]\n\n");
      finished = true;
      res.end();
    } catch (e) {
      sendJson(res, 400, errorBody(`Bad request: ${e instanceof Error ? e.message : e}`, "invalid_request_error", null));
    }
  });
  await new Promise((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
    requests,
    closed,
    release,
    stop: () =>
      new Promise((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
