// AI reviews against the local OpenAI-compatible test server (tests/support/ai-server.mjs),
// which the test run starts and the shared app points at (scripts/lib/test-app.mjs). Two more
// app instances: one with a daily cap of 2 and a long timeout (cap, cancellation), one with no
// AI endpoint configured (the feature is off and nothing connects).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { AI_TEST_MODEL } from "../support/ai-server.mjs";
import { type Client, newUser } from "../support/client";
import { closeTestDb, testDb } from "../support/db";
import { ALL_SCOPES, NO_SCOPES, mentorOf } from "../support/mentors";
import { answerFor, questionOfType, startAttempt } from "../support/practice";

type Server = { baseUrl: string; stop: (signal?: string) => Promise<void> };
type Review = {
  id: string;
  scores: Record<string, { score: number; reason: string }>;
  mean: number;
  band: string;
  keyPoints: { index: number; verdict: string; evidence: string[]; text: string }[];
  improvements: string[];
  model: string;
  promptVersion: string;
  promptTokens: number | null;
  completionTokens: number | null;
};
type AiRequest = { marker: string; model: string; stream: boolean; format: string | null; authorization: string | null };

const AI_URL = process.env.PREPLOOP_AI_TEST_URL!;
let capped: Server;
let off: Server;

beforeAll(async () => {
  [capped, off] = (await Promise.all([
    startAppServer({ port: await freePort(), env: { PREPLOOP_AI_DAILY_LIMIT: "2", PREPLOOP_AI_TIMEOUT_MS: "600000" } }),
    startAppServer({ port: await freePort(), env: { PREPLOOP_AI_BASE_URL: "", PREPLOOP_AI_MODEL: "", PREPLOOP_AI_API_KEY: "" } }),
  ])) as [Server, Server];
});

afterAll(async () => {
  await Promise.all([capped?.stop(), off?.stop()]);
  await closeTestDb();
});

const aiRequests = async () => ((await (await fetch(`${AI_URL}/control/requests`)).json()) as { requests: AiRequest[] }).requests;
const aiClosed = async () => ((await (await fetch(`${AI_URL}/control/closed`)).json()) as { closed: string[] }).closed;
const storedFor = async (attemptId: string) =>
  Number((await testDb().query<{ n: string }>(`SELECT count(*) AS n FROM "AiReview" WHERE "attemptId" = $1`, [attemptId])).rows[0]!.n);

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let seq = 0;
/** A submitted technical answer (with an optional test-server marker), its question's key points. */
async function submitted(client: Client, marker = "") {
  const q = await questionOfType(client, "technical");
  const a = await startAttempt(client, q.id);
  const text = `Fraud is rare, so accuracy says nothing here (answer ${++seq}). I would tune the threshold on a precision-recall curve. ${marker}`;
  const res = await client.json("POST", `/api/practice/attempts/${a.id}/submit`, { answer: answerFor(a.format, text), version: a.version });
  expect(res.status).toBe(200);
  return { id: a.id, keyPointCount: a.keyPointCount, questionId: q.id };
}

async function optedIn(tag: string) {
  const u = await newUser(tag);
  const on = await u.client.json<{ ai: { enabled: boolean } }>("PUT", "/api/account/ai-review", { enabled: true });
  expect(on.status).toBe(200);
  expect(on.body.ai.enabled).toBe(true);
  return u;
}

/** POSTs for a streamed review and reads the whole event stream. */
async function streamed(client: Client, attemptId: string, signal?: AbortSignal) {
  const res = await client.raw(`/api/practice/attempts/${attemptId}/ai-review`, { method: "POST", headers: { accept: "text/event-stream" }, signal });
  const text = await res.text();
  const events = text
    .split("\n\n")
    .filter((f) => f.trim())
    .map((f) => ({ event: /^event: (.*)$/m.exec(f)![1]!, data: JSON.parse(/^data: (.*)$/m.exec(f)![1]!) as Record<string, unknown> }));
  return { status: res.status, type: res.headers.get("content-type"), events };
}

describe("AI review with the test endpoint", () => {
  it("streams a review, stores it with the model, prompt version and tokens, and shows it in reads, the dashboard and the export", async () => {
    const { client } = await optedIn("ai-good");
    const a = await submitted(client);
    const before = (await aiRequests()).length;
    const s = await streamed(client, a.id);
    expect(s.status).toBe(200);
    expect(s.type).toMatch(/^text\/event-stream/);
    const kinds = s.events.map((e) => e.event);
    expect(kinds[0]).toBe("start");
    expect(kinds.filter((k) => k === "delta").length).toBeGreaterThan(5);
    expect(kinds.at(-1)).toBe("review");
    const review = s.events.at(-1)!.data.review as Review;
    expect(review.scores.technicalAccuracy).toEqual({ score: 7, reason: "The core idea is right, but the answer never says how the threshold is chosen." });
    expect([review.mean, review.band]).toEqual([6.5, "developing"]);
    expect([review.model, review.promptVersion, review.promptTokens, review.completionTokens]).toEqual([AI_TEST_MODEL, "ai-review-2026-12-06.1", 1234, 321]);
    expect(review.keyPoints).toHaveLength(a.keyPointCount);
    // The test server adds a quote the answer never contained to "covered" points: it is dropped.
    expect(review.keyPoints[0]).toMatchObject({ index: 0, verdict: "covered", evidence: [expect.stringMatching(/^Fraud is rare, so accuracy says nothing here/)] });
    expect(review.improvements).toHaveLength(3);
    const sent = (await aiRequests()).slice(before);
    expect(sent).toEqual([{ marker: "good", model: AI_TEST_MODEL, stream: true, format: "json_schema", authorization: "Bearer test-key" }]);

    const list = await client.get<{ reviews: Review[] }>(`/api/practice/attempts/${a.id}/ai-review`);
    expect(list.body.reviews.map((r) => r.id)).toEqual([review.id]);
    const progress = await client.get<{ domainScores: { domains: { domain: string; points: { ai: number | null; counts: { ai: number } }[] }[] } }>("/api/progress");
    const withAi = progress.body.domainScores.domains.map((d) => d.points.at(-1)!).filter((p) => p.ai !== null);
    expect(withAi).toEqual([expect.objectContaining({ ai: 6.5, counts: expect.objectContaining({ ai: 1 }) })]);
    const exp = await client.get<{ aiReviews: Review[] }>("/api/account/export");
    expect(exp.body.aiReviews.map((r) => r.id)).toEqual([review.id]);
  });

  it("answers 201 with the review as JSON when the client does not ask for a stream", async () => {
    const { client } = await optedIn("ai-json");
    const a = await submitted(client);
    const res = await client.json<{ review: Review }>("POST", `/api/practice/attempts/${a.id}/ai-review`);
    expect(res.status).toBe(201);
    expect(res.body.review.band).toBe("developing");
  });

  it("asks again once after a malformed reply, and without the JSON schema when the server does not support it", async () => {
    const { client } = await optedIn("ai-retry");
    const once = await submitted(client, "[ai-test:malformed-once]");
    const before = (await aiRequests()).length;
    const s = await streamed(client, once.id);
    expect(s.events.map((e) => e.event)).toContain("retry");
    const review = s.events.at(-1)!.data.review as Review;
    expect([review.promptTokens, review.completionTokens]).toEqual([2468, 642]); // both tries counted
    expect((await aiRequests()).slice(before).map((r) => r.marker)).toEqual(["malformed-once", "malformed-once"]);

    const plain = await submitted(client, "[ai-test:no-schema]");
    const mark = (await aiRequests()).length;
    const res = await client.json<{ review: Review }>("POST", `/api/practice/attempts/${plain.id}/ai-review`);
    expect(res.status).toBe(201);
    expect((await aiRequests()).slice(mark).map((r) => r.format)).toEqual(["json_schema", null]);
  });

  it("turns each endpoint failure into a clear error and saves nothing", async () => {
    const { client } = await optedIn("ai-fail");
    const cases = [
      ["malformed", 424, "ai_malformed_reply"],
      ["invalid", 424, "ai_malformed_reply"],
      ["refusal", 424, "ai_refused"],
      ["429", 429, "ai_endpoint_rate_limited"],
      ["401", 424, "ai_endpoint_unauthorized"],
      ["500", 424, "ai_endpoint_failed"],
      ["hang", 424, "ai_timeout"],
    ] as const;
    for (const [marker, status, code] of cases) {
      const a = await submitted(client, `[ai-test:${marker}]`);
      const res = await client.json<{ error: { code: string; message: string } }>("POST", `/api/practice/attempts/${a.id}/ai-review`);
      expect([marker, res.status, res.body.error.code]).toEqual([marker, status, code]);
      expect(res.body.error.message).toContain("Nothing was saved");
      if (marker === "429") expect(res.headers.get("retry-after")).toBe("30");
      expect(await storedFor(a.id)).toBe(0);
    }
    // Streamed, the failure is the stream's last event.
    const a = await submitted(client, "[ai-test:malformed]");
    const s = await streamed(client, a.id);
    expect(s.events.at(-1)).toMatchObject({ event: "error", data: { error: { code: "ai_malformed_reply", status: 424 } } });
    expect(await storedFor(a.id)).toBe(0);
  });

  it("sends nothing for a user who has not opted in, or for an answer still in progress", async () => {
    const { client } = await newUser("ai-optout");
    const settings = await client.get<{ ai: Record<string, unknown> }>("/api/account/ai-review");
    expect(settings.body.ai).toMatchObject({ configured: true, enabled: false, model: AI_TEST_MODEL, dailyLimit: 50 });
    const a = await submitted(client);
    const before = (await aiRequests()).length;
    const res = await client.json<{ error: { code: string } }>("POST", `/api/practice/attempts/${a.id}/ai-review`);
    expect([res.status, res.body.error.code]).toEqual([403, "ai_not_enabled"]);
    await client.json("PUT", "/api/account/ai-review", { enabled: true });
    const q = await questionOfType(client, "technical");
    const open = await startAttempt(client, q.id);
    const res2 = await client.json<{ error: { code: string } }>("POST", `/api/practice/attempts/${open.id}/ai-review`);
    expect([res2.status, res2.body.error.code]).toEqual([409, "ai_answer_not_submitted"]);
    expect((await aiRequests()).length).toBe(before);
  });

  it("never lets a mentor trigger a review (403), but a mentor with access reads the candidate's", async () => {
    const candidate = await optedIn("ai-cand");
    const withAccess = await mentorOf(candidate.client, ALL_SCOPES, "ai-mentor");
    const without = await mentorOf(candidate.client, NO_SCOPES, "ai-mentor-none");
    const a = await submitted(candidate.client);
    const before = (await aiRequests()).length;
    const res = await withAccess.client.json<{ error: { code: string } }>("POST", `/api/practice/attempts/${a.id}/ai-review`);
    expect([res.status, res.body.error.code]).toEqual([403, "ai_mentor_forbidden"]);
    expect((await without.client.json("POST", `/api/practice/attempts/${a.id}/ai-review`)).status).toBe(404);
    expect((await aiRequests()).length).toBe(before);
    expect(await storedFor(a.id)).toBe(0);

    expect((await candidate.client.json("POST", `/api/practice/attempts/${a.id}/ai-review`)).status).toBe(201);
    const read = await withAccess.client.get<{ reviews: Review[] }>(`/api/mentoring/mentees/${candidate.id}/attempts/${a.id}/ai-review`);
    expect(read.status).toBe(200);
    expect(read.body.reviews).toHaveLength(1);
    expect((await without.client.get(`/api/mentoring/mentees/${candidate.id}/attempts/${a.id}/ai-review`)).status).toBe(404);
  });
});

describe("AI review limits", () => {
  it("stops at the installation's daily cap", async () => {
    const u = await optedIn("ai-cap");
    const client = u.client.withBase(capped.baseUrl);
    for (let i = 0; i < 2; i++) {
      const a = await submitted(client);
      expect((await client.json("POST", `/api/practice/attempts/${a.id}/ai-review`)).status).toBe(201);
    }
    const a = await submitted(client);
    const before = (await aiRequests()).length;
    const res = await client.json<{ error: { code: string; message: string } }>("POST", `/api/practice/attempts/${a.id}/ai-review`);
    expect([res.status, res.body.error.code]).toEqual([429, "ai_daily_limit"]);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(86_000);
    expect((await aiRequests()).length).toBe(before);
    const settings = await client.get<{ ai: { usedToday: number; dailyLimit: number } }>("/api/account/ai-review");
    expect(settings.body.ai).toMatchObject({ usedToday: 2, dailyLimit: 2 });
  });

  it("runs one review per user at a time across app instances: a second one meanwhile gets 409", async () => {
    const u = await optedIn("ai-lock");
    const other = u.client.withBase(capped.baseUrl); // the same user, on a second app instance
    const gated = await submitted(u.client, "[ai-test:gated]");
    const second = await submitted(u.client);
    const requestsBefore = (await aiRequests()).length;
    const first = u.client.json<{ review: Review }>("POST", `/api/practice/attempts/${gated.id}/ai-review`);
    // Once the endpoint is streaming the first review (held half-way), ask for another elsewhere.
    await until("the first upstream request", async () => ((await aiRequests()).slice(requestsBefore).some((r) => r.marker === "gated") ? true : undefined));
    const refused = await other.json<{ error: { code: string } }>("POST", `/api/practice/attempts/${second.id}/ai-review`);
    expect([refused.status, refused.body.error.code]).toEqual([409, "ai_review_in_progress"]);
    expect(await storedFor(second.id)).toBe(0);
    await fetch(`${AI_URL}/control/release`, { method: "POST" });
    expect((await first).status).toBe(201);
    // The lock went with the first review: the second instance now runs one.
    const after = await other.json<{ review: Review }>("POST", `/api/practice/attempts/${second.id}/ai-review`);
    expect(after.status).toBe(201);
    expect(await storedFor(second.id)).toBe(1);
  });

  it("stops the upstream request when the browser goes away, and saves nothing", async () => {
    const u = await optedIn("ai-cancel");
    const client = u.client.withBase(capped.baseUrl);
    const a = await submitted(client, "[ai-test:hang]");
    const closedBefore = (await aiClosed()).filter((m) => m === "hang").length;
    const requestsBefore = (await aiRequests()).length;
    const ctl = new AbortController();
    const pending = streamed(client, a.id, ctl.signal).catch((e: unknown) => e);
    // Once the endpoint has the request (and this instance waits up to 10 minutes for it), leave.
    await until("the upstream request", async () => ((await aiRequests()).slice(requestsBefore).some((r) => r.marker === "hang") ? true : undefined));
    ctl.abort();
    await pending;
    await until("the upstream request to be closed", async () => ((await aiClosed()).filter((m) => m === "hang").length > closedBefore ? true : undefined));
    expect(await storedFor(a.id)).toBe(0);
  });

  it("is off with no endpoint configured: no button, a plain notice, and nothing connects", async () => {
    const u = await newUser("ai-off");
    const client = u.client.withBase(off.baseUrl);
    const settings = await client.get<{ ai: Record<string, unknown> }>("/api/account/ai-review");
    expect(settings.body.ai).toMatchObject({ configured: false, model: null, endpointHost: null });
    const a = await submitted(client);
    const before = (await aiRequests()).length;
    const res = await client.json<{ error: { code: string } }>("POST", `/api/practice/attempts/${a.id}/ai-review`);
    expect([res.status, res.body.error.code]).toEqual([404, "ai_not_configured"]);
    const page = await (await client.raw(`/practice/attempts/${a.id}`)).text();
    expect(page).toContain("AI reviews are off on this installation");
    expect(page).not.toContain("Get an AI review");
    expect((await aiRequests()).length).toBe(before);
  });
});
