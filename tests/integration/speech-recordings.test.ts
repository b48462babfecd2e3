// Spoken answers over HTTP (issue 18): the chunk upload protocol (order, gaps, re-sends,
// caps), assembly with Range, who may play a recording (owner, mentor with access; others
// 404), and that deleting the attempt or the account deletes the audio.
import { afterAll, describe, expect, it } from "vitest";
import { type Client, newUser } from "../support/client";
import { closeTestDb, countRows, testDb } from "../support/db";
import { NO_SCOPES, mentorOf } from "../support/mentors";
import { createMock } from "../support/mocks";
import { questionOfType, startAttempt } from "../support/practice";

afterAll(closeTestDb);

type ErrorBody = { error: { code: string; message: string } };
type RecordingBody = { recording: { id: string; status: string; nextSeq: number; totalBytes: number; durationMs: number | null; metrics: unknown } };
const WEBM = "audio/webm;codecs=opus";

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

async function openRecording(tag: string) {
  const user = await newUser(tag);
  const attempt = await startAttempt(user.client, (await questionOfType(user.client, "technical")).id);
  const base = `/api/practice/attempts/${attempt.id}/recording`;
  const res = await user.client.json<RecordingBody>("POST", base, { mimeType: WEBM });
  expect(res.status).toBe(201);
  return { ...user, attempt, base, recordingId: res.body.recording.id };
}

async function put(client: Client, base: string, seq: number | string, body: Uint8Array<ArrayBuffer>, type = WEBM) {
  const res = await client.raw(`${base}/chunks/${seq}`, { method: "PUT", headers: { "content-type": type }, body });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as RecordingBody & ErrorBody };
}

describe("chunk upload protocol", () => {
  it("accepts chunks in order, refuses gaps and changed re-sends, and takes an identical re-send again", async () => {
    const { client, base } = await openRecording("speech-order");
    expect((await put(client, base, 0, bytes(10, 1))).body.recording).toMatchObject({ nextSeq: 1, totalBytes: 10, status: "recording" });
    const gap = await put(client, base, 2, bytes(10, 3));
    expect(gap.status).toBe(409);
    expect(gap.body.error.code).toBe("recording_gap");
    expect((await put(client, base, 1, bytes(20, 2))).body.recording).toMatchObject({ nextSeq: 2, totalBytes: 30 });
    // A retry after a lost response: same bytes, same answer, nothing stored twice.
    const again = await put(client, base, 1, bytes(20, 2));
    expect(again.status).toBe(200);
    expect(again.body.recording).toMatchObject({ nextSeq: 2, totalBytes: 30 });
    const changed = await put(client, base, 1, bytes(20, 9));
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe("recording_chunk_mismatch");
    // Wrong container, and a type that is not audio.
    expect((await put(client, base, 2, bytes(5, 1), "audio/ogg;codecs=opus")).status).toBe(415);
    expect((await put(client, base, 2, bytes(5, 1), "application/json")).status).toBe(415);
    expect((await put(client, base, "x", bytes(5, 1))).status).toBe(400);
    expect((await put(client, base, 2, new Uint8Array(0))).status).toBe(400);

    // A reload continues from nextSeq.
    const state = await client.get<RecordingBody>(base);
    expect(state.body.recording).toMatchObject({ nextSeq: 2, status: "recording" });
    const done = await client.json<RecordingBody>("PATCH", base, { durationMs: 2000 });
    expect(done.body.recording).toMatchObject({ status: "complete", durationMs: 2000 });
    const late = await put(client, base, 2, bytes(5, 1));
    expect(late.body.error.code).toBe("recording_complete");
  });

  it("two concurrent sends of the same next chunk store it once", async () => {
    const { client, base, recordingId } = await openRecording("speech-race");
    const [a, b] = await Promise.all([put(client, base, 0, bytes(8, 1)), put(client, base, 0, bytes(8, 2))]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await countRows("RecordingChunk", `"recordingId" = $1`, [recordingId])).toBe(1);
  });

  it("caps: one chunk's body, chunks and bytes per recording, bytes per user → 413", async () => {
    const { client, base, recordingId, id } = await openRecording("speech-caps");
    const big = await put(client, base, 0, bytes(512 * 1024 + 1, 1));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
    expect((await put(client, base, 0, bytes(100, 1))).status).toBe(200);
    const db = testDb();
    // Near the per-recording cap (20 MB): the next chunk would cross it.
    await db.query(`UPDATE "Recording" SET "totalBytes" = $2 WHERE id = $1`, [recordingId, 20 * 1024 * 1024 - 50]);
    const over = await put(client, base, 1, bytes(100, 2));
    expect(over.status).toBe(413);
    expect(over.body.error.message).toMatch(/20 MB/);
    await db.query(`UPDATE "Recording" SET "totalBytes" = 100 WHERE id = $1`, [recordingId]);
    // The user's other recordings hold 200 MB already.
    const second = await startAttempt(client, (await questionOfType(client, "behavioural")).id);
    await client.json("POST", `/api/practice/attempts/${second.id}/recording`, { mimeType: WEBM });
    await db.query(`UPDATE "Recording" SET "totalBytes" = $2 WHERE "attemptId" = $1 AND "userId" = $3`, [second.id, 200 * 1024 * 1024, id]);
    const full = await put(client, base, 1, bytes(100, 2));
    expect(full.status).toBe(413);
    expect(full.body.error.message).toMatch(/200 MB/);
    await db.query(`UPDATE "Recording" SET "totalBytes" = 0 WHERE "attemptId" = $1`, [second.id]);
    // 1200 chunks at most (15 minutes of 1 s slices, with room).
    await db.query(`UPDATE "Recording" SET "nextSeq" = 1200 WHERE id = $1`, [recordingId]);
    expect((await put(client, base, 1200, bytes(10, 1))).status).toBe(413);
  });

  it("refuses a recording on a submitted answer, a finish with no audio, metrics before the finish", async () => {
    const { client, base, attempt } = await openRecording("speech-states");
    const empty = await client.json<ErrorBody>("PATCH", base, { durationMs: 0 });
    expect(empty.body.error.code).toBe("recording_empty");
    const early = await client.json<ErrorBody>("PUT", `${base}/metrics`, {
      metrics: { totalMs: 1, speakingMs: 1, silenceRatio: 0, longPauses: [], segments: [], loudnessVariationDb: null },
    });
    expect(early.body.error.code).toBe("recording_not_complete");
    await client.json("POST", `/api/practice/attempts/${attempt.id}/submit`, { answer: { text: "Spoken." }, version: attempt.version });
    const late = await client.json<ErrorBody>("POST", base, { mimeType: WEBM });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("attempt_submitted");
    const bad = await client.json<ErrorBody>("POST", base, { mimeType: "audio/mpeg" });
    expect(bad.status).toBe(400);
  });
});

describe("playback: assembly, Range, access", () => {
  it("streams the chunks in order; Range answers 206 with the exact bytes; outside → 416", async () => {
    const { client, base, attempt } = await openRecording("speech-range");
    const parts = [bytes(1000, 1), bytes(500, 2), bytes(700, 3)];
    for (const [i, p] of parts.entries()) expect((await put(client, base, i, p)).status).toBe(200);
    await client.json("PATCH", base, { durationMs: 3000 });
    const whole = await client.raw(`${base}/audio`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe(WEBM);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    const all = new Uint8Array(await whole.arrayBuffer());
    expect(all.length).toBe(2200);
    expect([all[0], all[999], all[1000], all[1499], all[1500], all[2199]]).toEqual([1, 1, 2, 2, 3, 3]);

    const mid = await client.raw(`${base}/audio`, { headers: { range: "bytes=990-1510" } });
    expect(mid.status).toBe(206);
    expect(mid.headers.get("content-range")).toBe("bytes 990-1510/2200");
    const got = new Uint8Array(await mid.arrayBuffer());
    expect(got.length).toBe(521);
    expect(Buffer.from(got).equals(Buffer.from(all.subarray(990, 1511)))).toBe(true);
    const open = await client.raw(`${base}/audio`, { headers: { range: "bytes=2100-" } });
    expect(open.status).toBe(206);
    expect((await open.arrayBuffer()).byteLength).toBe(100);
    const suffix = await client.raw(`${base}/audio`, { headers: { range: "bytes=-300" } });
    expect(suffix.headers.get("content-range")).toBe("bytes 1900-2199/2200");
    const outside = await client.raw(`${base}/audio`, { headers: { range: "bytes=5000-" } });
    expect(outside.status).toBe(416);
    expect(outside.headers.get("content-range")).toBe("bytes */2200");
    expect(((await outside.json()) as ErrorBody).error.code).toBe("range_not_satisfiable");

    // Metrics from the browser: validated and stored.
    const metrics = { totalMs: 3000, speakingMs: 2000, silenceRatio: 0.333, longPauses: [], segments: [{ startMs: 0, lengthMs: 2000 }], loudnessVariationDb: 5.1 };
    const saved = await client.json<RecordingBody>("PUT", `${base}/metrics`, { metrics });
    expect(saved.body.recording.metrics).toEqual(metrics);
    const wrong = await client.json<ErrorBody>("PUT", `${base}/metrics`, { metrics: { ...metrics, silenceRatio: 2 } });
    expect(wrong.status).toBe(400);

    // The export lists it with the address of its audio.
    const exported = await client.get<{ recordings: { attemptId: string; audioUrl: string; totalBytes: number }[] }>("/api/account/export");
    expect(exported.body.recordings).toEqual([expect.objectContaining({ attemptId: attempt.id, totalBytes: 2200, audioUrl: `${base}/audio` })]);
  });

  it("the owner and a mentor with the attempts scope play it; other users and scope-less mentors get 404", async () => {
    const { client, base, attempt, id } = await openRecording("speech-access");
    await put(client, base, 0, bytes(300, 7));
    await client.json("PATCH", base, { durationMs: 1000 });
    await client.json("POST", `/api/practice/attempts/${attempt.id}/submit`, { answer: { text: "Spoken." }, version: attempt.version });
    const withScope = await mentorOf(client, { ...NO_SCOPES, attempts: true }, "speech-mentor");
    const without = await mentorOf(client, NO_SCOPES, "speech-nomentor");
    const stranger = await newUser("speech-stranger");
    const mentorBase = `/api/mentoring/mentees/${id}/attempts/${attempt.id}/recording`;

    const meta = await withScope.client.get<RecordingBody>(mentorBase);
    expect(meta.status).toBe(200);
    expect(meta.body.recording).toMatchObject({ status: "complete", totalBytes: 300 });
    const audio = await withScope.client.raw(`${mentorBase}/audio`, { headers: { range: "bytes=0-9" } });
    expect(audio.status).toBe(206);
    expect([...new Uint8Array(await audio.arrayBuffer())]).toEqual(Array(10).fill(7));

    for (const c of [without.client, stranger.client]) {
      expect((await c.raw(`${mentorBase}/audio`)).status).toBe(404);
      expect((await c.get(mentorBase)).status).toBe(404);
    }
    for (const c of [withScope.client, stranger.client]) {
      expect((await c.raw(`${base}/audio`)).status).toBe(404);
      expect((await c.get(base)).status).toBe(404);
      expect((await put(c, base, 1, bytes(5, 1))).status).toBe(404);
      expect((await c.json("DELETE", base)).status).toBe(404);
    }
  });
});

describe("deletion cascades", () => {
  it("deleting the attempt, or the account, deletes the recording and its chunks", async () => {
    const { client, base, attempt, recordingId, password, id } = await openRecording("speech-cascade");
    await put(client, base, 0, bytes(50, 1));
    await testDb().query(`DELETE FROM "PracticeAttempt" WHERE id = $1`, [attempt.id]);
    expect(await countRows("Recording", "id = $1", [recordingId])).toBe(0);
    expect(await countRows("RecordingChunk", `"recordingId" = $1`, [recordingId])).toBe(0);

    const again = await startAttempt(client, (await questionOfType(client, "technical")).id);
    const second = await client.json<RecordingBody>("POST", `/api/practice/attempts/${again.id}/recording`, { mimeType: WEBM });
    await put(client, `/api/practice/attempts/${again.id}/recording`, 0, bytes(50, 1));
    expect((await client.json("DELETE", "/api/account", { password })).status).toBe(200);
    expect(await countRows("Recording", `"userId" = $1`, [id])).toBe(0);
    expect(await countRows("RecordingChunk", `"recordingId" = $1`, [second.body.recording.id])).toBe(0);
  });

  it("re-recording replaces the old audio; DELETE removes it", async () => {
    const { client, base, recordingId } = await openRecording("speech-rerecord");
    await put(client, base, 0, bytes(50, 1));
    const fresh = await client.json<RecordingBody>("POST", base, { mimeType: WEBM });
    expect(fresh.body.recording).toMatchObject({ nextSeq: 0, totalBytes: 0 });
    expect(await countRows("RecordingChunk", `"recordingId" = $1`, [recordingId])).toBe(0);
    expect((await client.json("DELETE", base)).status).toBe(200);
    expect((await client.get<RecordingBody>(base)).body.recording).toBeNull();
  });
});

describe("mock interview slots", () => {
  it("a mock answer is recorded like an attempt; after the finish mentors with the mocks scope play it, attempts-only mentors get 404", async () => {
    const { client, id } = await newUser("speech-mock");
    const mock = await createMock(client, { templateId: "full" });
    const slot = mock.questions[0]!;
    const base = `/api/practice/attempts/${slot.attemptId}/recording`;
    expect((await client.json("POST", base, { mimeType: WEBM })).status).toBe(201);
    expect((await put(client, base, 0, bytes(64, 5))).status).toBe(200);
    expect((await client.json("PATCH", base, { durationMs: 1000 })).status).toBe(200);
    expect((await client.json("POST", `/api/mocks/${mock.id}/finish`, {})).status).toBe(200);
    const mocksMentor = await mentorOf(client, { ...NO_SCOPES, mocks: true }, "speech-mock-mentor");
    const attemptsMentor = await mentorOf(client, { ...NO_SCOPES, attempts: true }, "speech-att-mentor");
    const mentorAudio = `/api/mentoring/mentees/${id}/attempts/${slot.attemptId}/recording/audio`;
    const ok = await mocksMentor.client.raw(mentorAudio);
    expect(ok.status).toBe(200);
    expect((await ok.arrayBuffer()).byteLength).toBe(64);
    expect((await attemptsMentor.client.raw(mentorAudio)).status).toBe(404);
  });
});
