// Transcripts of spoken answers (issue 18) over HTTP, against the local OpenAI-compatible test
// server (tests/support/ai-server.mjs: POST /control/transcripts registers what its
// /v1/audio/transcriptions answers for an upload's SHA-256). Proves: the upload is the assembled
// recording as multipart (file name, type, model, key); the endpoint's failures become 424 (its
// 429 stays 429) and nothing is saved; only the owner of an answer in progress gets a transcript.
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { type Client, newUser } from "../support/client";
import { closeTestDb } from "../support/db";
import { NO_SCOPES, mentorOf } from "../support/mentors";
import { createMock } from "../support/mocks";
import { type AttemptBody, questionOfType, startAttempt } from "../support/practice";

afterAll(closeTestDb);

const AI_URL = process.env.PREPLOOP_AI_TEST_URL!;
type ErrorBody = { error: { code: string; message: string } };
type TranscriptBody = { transcript: { text: string } };
type Asked = { sha256: string; size: number; filename: string; type: string; model: string; responseFormat: string; authorization: string | null };

let fill = 1;
/** Distinct bytes per test, so each upload has its own SHA-256. */
const chunk = (n: number) => new Uint8Array(n).fill(fill++ % 250);
const sha = (parts: Uint8Array[]) => createHash("sha256").update(Buffer.concat(parts)).digest("hex");

async function register(sha256: string, plan: { text: string } | { fail: 401 | 429 | 500 | "hang" }) {
  const res = await fetch(`${AI_URL}/control/transcripts`, { method: "POST", body: JSON.stringify({ sha256, ...plan }) });
  expect(res.status).toBe(200);
}

async function asked(sha256: string): Promise<Asked[]> {
  const res = await fetch(`${AI_URL}/control/transcriptions`);
  return ((await res.json()) as { transcriptions: Asked[] }).transcriptions.filter((t) => t.sha256 === sha256);
}

/** A finished recording of `attemptId` in `parts`; returns the SHA-256 of the assembled audio. */
async function record(client: Client, attemptId: string, parts: Uint8Array<ArrayBuffer>[], mimeType = "audio/webm;codecs=opus") {
  const base = `/api/practice/attempts/${attemptId}/recording`;
  expect((await client.json("POST", base, { mimeType })).status).toBe(201);
  for (const [seq, p] of parts.entries()) {
    const res = await client.raw(`${base}/chunks/${seq}`, { method: "PUT", headers: { "content-type": mimeType }, body: p });
    expect(res.status).toBe(200);
  }
  expect((await client.json("PATCH", base, { durationMs: parts.length * 1000 })).status).toBe(200);
  return { base, sha256: sha(parts) };
}

async function spokenAttempt(tag: string) {
  const user = await newUser(tag);
  const attempt = await startAttempt(user.client, (await questionOfType(user.client, "technical")).id);
  return { ...user, attempt };
}

describe("POST …/recording/transcript", () => {
  it("uploads the assembled recording as multipart and answers the endpoint's text; the answer is untouched until autosave writes it (409 when stale)", async () => {
    const { client, attempt } = await spokenAttempt("stt-ok");
    const { base, sha256 } = await record(client, attempt.id, [chunk(700), chunk(300), chunk(500)]);
    const text = "Um, I would start with a baseline model. Then I compare it with, like, a tuned one.";
    await register(sha256, { text: `  ${text}\n` });

    const res = await client.json<TranscriptBody>("POST", `${base}/transcript`);
    expect(res.status).toBe(200);
    expect(res.body.transcript).toEqual({ text });
    expect(await asked(sha256)).toEqual([
      {
        sha256,
        size: 1500,
        filename: "answer.webm",
        type: "audio/webm",
        model: "preploop-test-whisper",
        responseFormat: "json",
        authorization: "Bearer test-key",
      },
    ]);
    // Nothing saved by the transcription itself.
    const after = await client.get<AttemptBody>(`/api/practice/attempts/${attempt.id}`);
    expect(after.body.attempt).toMatchObject({ version: attempt.version, answer: { text: "" } });
    // The browser puts it into the answer through the versioned autosave: a stale version is 409.
    const saved = await client.json<{ version: number }>("PUT", `/api/practice/attempts/${attempt.id}`, { answer: { text }, version: attempt.version });
    expect(saved.status).toBe(200);
    const stale = await client.json<ErrorBody>("PUT", `/api/practice/attempts/${attempt.id}`, { answer: { text: "Older tab" }, version: attempt.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
  });

  it("an Ogg recording is sent as answer.ogg, audio/ogg", async () => {
    const { client, attempt } = await spokenAttempt("stt-ogg");
    const { base, sha256 } = await record(client, attempt.id, [chunk(400)], "audio/ogg;codecs=opus");
    await register(sha256, { text: "Short answer." });
    expect((await client.json<TranscriptBody>("POST", `${base}/transcript`)).body.transcript.text).toBe("Short answer.");
    expect((await asked(sha256)).map((a) => [a.filename, a.type])).toEqual([["answer.ogg", "audio/ogg"]]);
  });

  it("endpoint failures: 401/500/400 → 424, 429 → 429 with Retry-After, a hang → 424 after the timeout; nothing saved", async () => {
    const { client, attempt } = await spokenAttempt("stt-fail");
    const { base, sha256 } = await record(client, attempt.id, [chunk(900)]);
    const call = () => client.json<ErrorBody>("POST", `${base}/transcript`);

    const unregistered = await call();
    expect([unregistered.status, unregistered.body.error.code]).toEqual([424, "stt_endpoint_rejected"]);
    await register(sha256, { fail: 401 });
    const unauthorized = await call();
    expect([unauthorized.status, unauthorized.body.error.code]).toEqual([424, "stt_endpoint_unauthorized"]);
    expect(unauthorized.body.error.message).toMatch(/PREPLOOP_STT_API_KEY/);
    await register(sha256, { fail: 500 });
    const failed = await call();
    expect([failed.status, failed.body.error.code]).toEqual([424, "stt_endpoint_failed"]);
    await register(sha256, { fail: 429 });
    const limited = await client.raw(`${base}/transcript`, { method: "POST" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    expect(((await limited.json()) as ErrorBody).error.code).toBe("stt_endpoint_rate_limited");
    await register(sha256, { fail: "hang" });
    const hung = await call();
    expect([hung.status, hung.body.error.code]).toEqual([424, "stt_timeout"]);
    expect(hung.body.error.message).toBe("The transcription took longer than 6 seconds and was stopped. Nothing was saved; try again later.");

    const after = await client.get<AttemptBody>(`/api/practice/attempts/${attempt.id}`);
    expect(after.body.attempt).toMatchObject({ version: attempt.version, answer: { text: "" } });
  }, 60_000);

  it("needs a finished recording of an answer in progress; other users and mentors get 404", async () => {
    const { client, attempt } = await spokenAttempt("stt-states");
    const base = `/api/practice/attempts/${attempt.id}/recording`;
    const none = await client.json<ErrorBody>("POST", `${base}/transcript`);
    expect(none.status).toBe(404);
    expect((await client.json("POST", base, { mimeType: "audio/webm;codecs=opus" })).status).toBe(201);
    await client.raw(`${base}/chunks/0`, { method: "PUT", headers: { "content-type": "audio/webm;codecs=opus" }, body: chunk(100) });
    const open = await client.json<ErrorBody>("POST", `${base}/transcript`);
    expect([open.status, open.body.error.code]).toEqual([409, "recording_not_complete"]);
    expect((await client.json("PATCH", base, { durationMs: 1000 })).status).toBe(200);

    const mentor = await mentorOf(client, { ...NO_SCOPES, attempts: true }, "stt-mentor");
    const stranger = await newUser("stt-stranger");
    for (const c of [mentor.client, stranger.client]) {
      const res = await c.json<ErrorBody>("POST", `${base}/transcript`);
      expect([res.status, res.body.error.code]).toEqual([404, "not_found"]);
    }
    await client.json("POST", `/api/practice/attempts/${attempt.id}/submit`, { answer: { text: "Typed." }, version: attempt.version });
    const late = await client.json<ErrorBody>("POST", `${base}/transcript`);
    expect([late.status, late.body.error.code]).toEqual([409, "attempt_submitted"]);
    expect((await client.raw(`${base}/transcript`)).status).toBe(405);
  });

  it("a mock slot's recording is transcribed the same way", async () => {
    const { client } = await newUser("stt-mock");
    const mock = await createMock(client, { templateId: "full" });
    const slot = mock.questions[0]!;
    const { base, sha256 } = await record(client, slot.attemptId, [chunk(256), chunk(256)]);
    await register(sha256, { text: "A spoken mock answer." });
    const res = await client.json<TranscriptBody>("POST", `${base}/transcript`);
    expect([res.status, res.body.transcript?.text]).toEqual([200, "A spoken mock answer."]);
  });
});
