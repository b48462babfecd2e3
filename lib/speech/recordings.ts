import "server-only";
// Spoken answers (issue 18): a recording per attempt (practice or mock slot), uploaded as
// ordered chunks and assembled on read. Rules (tests/integration/speech-recordings.test.ts):
// - chunk `seq` must be the next one (`nextSeq`): a later one is a gap (409 recording_gap);
// - an earlier one is a re-send: identical bytes (same SHA-256) answer as if stored again
//   (idempotent, so a retry after a lost response is harmless), other bytes 409;
// - caps: MAX_CHUNKS and MAX_RECORDING_BYTES per recording, MAX_USER_BYTES per user (413);
// - only the owner writes; the owner, and mentors who may read the attempt, read.
import { createHash } from "node:crypto";
import { type Prisma } from "@/lib/generated/prisma/client";
import { readAttemptAccess } from "@/lib/mentors/mentor-reads";
import { db } from "@/lib/server/db";
import { HttpError, conflict, httpError, notFound } from "@/lib/server/errors";
import { MAX_CHUNKS, MAX_RECORDING_BYTES, MAX_USER_BYTES, containerOf } from "./limits";
import { type AudioMetrics } from "./metrics";
import { chunkSlices, parseRange } from "./range";
import { transcribe } from "./stt";
import { sttConfig } from "./stt-config";

const NOT_FOUND = "That attempt does not exist or is not yours.";
const NO_RECORDING = "This answer has no recording.";

const recordingSelect = {
  id: true,
  attemptId: true,
  mimeType: true,
  status: true,
  totalBytes: true,
  nextSeq: true,
  durationMs: true,
  metrics: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.RecordingSelect;
type Row = Prisma.RecordingGetPayload<{ select: typeof recordingSelect }>;

type RecordingView = {
  id: string;
  attemptId: string;
  mimeType: string;
  status: "recording" | "complete";
  totalBytes: number;
  /** The next chunk number to upload (a reloaded page continues from here). */
  nextSeq: number;
  durationMs: number | null;
  metrics: AudioMetrics | null;
  createdAt: string;
  updatedAt: string;
};

const present = (r: Row): RecordingView => ({
  id: r.id,
  attemptId: r.attemptId,
  mimeType: r.mimeType,
  status: r.status === "COMPLETE" ? "complete" : "recording",
  totalBytes: r.totalBytes,
  nextSeq: r.nextSeq,
  durationMs: r.durationMs,
  metrics: (r.metrics as AudioMetrics | null) ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

async function ownAttempt(userId: string, attemptId: string) {
  const a = await db.practiceAttempt.findFirst({ where: { id: attemptId, userId }, select: { id: true, status: true } });
  if (!a) throw notFound(NOT_FOUND);
  return a;
}

async function ownRecording(userId: string, attemptId: string) {
  await ownAttempt(userId, attemptId);
  const r = await db.recording.findFirst({ where: { attemptId, userId }, select: recordingSelect });
  if (!r) throw notFound(NO_RECORDING);
  return r;
}

/** The owner's recording of an attempt, or null. */
export async function getRecording(userId: string, attemptId: string): Promise<RecordingView | null> {
  await ownAttempt(userId, attemptId);
  const r = await db.recording.findFirst({ where: { attemptId, userId }, select: recordingSelect });
  return r && present(r);
}

const userBytes = async (userId: string, exceptAttemptId?: string) =>
  (
    await db.recording.aggregate({
      where: { userId, ...(exceptAttemptId ? { attemptId: { not: exceptAttemptId } } : {}) },
      _sum: { totalBytes: true },
    })
  )._sum.totalBytes ?? 0;

const tooLarge = (message: string) => new HttpError(413, "payload_too_large", message);
const userCapMessage = `Your recordings use the ${MAX_USER_BYTES / 1024 / 1024} MB allowed per account. Delete some recordings to record more.`;

/** Starts (or restarts: re-record replaces the old audio) the recording of an attempt in progress. */
export async function startRecording(userId: string, attemptId: string, mimeType: string): Promise<RecordingView> {
  const a = await ownAttempt(userId, attemptId);
  if (a.status !== "IN_PROGRESS") throw conflict("This answer is submitted: it can no longer be recorded.", "attempt_submitted");
  if (!containerOf(mimeType)) throw new HttpError(415, "unsupported_media_type", "Record Opus audio in WebM or Ogg.");
  if ((await userBytes(userId, attemptId)) >= MAX_USER_BYTES) throw tooLarge(userCapMessage);
  const r = await db.$transaction(async (tx) => {
    await tx.recording.deleteMany({ where: { attemptId, userId } });
    return tx.recording.create({ data: { userId, attemptId, mimeType: mimeType.trim() }, select: recordingSelect });
  });
  return present(r);
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Stores chunk `seq` (see the rules at the top). `contentType` is the request's. */
export async function appendChunk(
  userId: string,
  attemptId: string,
  seq: number,
  contentType: string,
  bytes: Uint8Array,
): Promise<RecordingView> {
  const r = await ownRecording(userId, attemptId);
  if (containerOf(contentType) !== containerOf(r.mimeType)) {
    throw new HttpError(415, "unsupported_media_type", `Send the chunk with Content-Type ${r.mimeType}.`);
  }
  const hash = sha256(bytes);
  if (seq < r.nextSeq) {
    const stored = await db.recordingChunk.findUnique({ where: { recordingId_seq: { recordingId: r.id, seq } }, select: { sha256: true } });
    if (stored?.sha256 === hash) return present(r);
    throw conflict(`Chunk ${seq} is already stored with other content.`, "recording_chunk_mismatch");
  }
  if (r.status === "COMPLETE") throw conflict("This recording is finished; start a new one to record again.", "recording_complete");
  if (seq > r.nextSeq) throw conflict(`Chunk ${seq} arrived before chunk ${r.nextSeq}: send the chunks in order.`, "recording_gap");
  if (bytes.byteLength === 0) throw new HttpError(400, "invalid_input", "The chunk is empty.");
  if (seq >= MAX_CHUNKS) throw tooLarge(`A recording has at most ${MAX_CHUNKS} chunks (15 minutes).`);
  if (r.totalBytes + bytes.byteLength > MAX_RECORDING_BYTES) {
    throw tooLarge(`A recording may hold at most ${MAX_RECORDING_BYTES / 1024 / 1024} MB.`);
  }
  if ((await userBytes(userId)) + bytes.byteLength > MAX_USER_BYTES) throw tooLarge(userCapMessage);
  const updated = await db.$transaction(async (tx) => {
    // Conditional on the sequence number we checked: of two concurrent sends, one wins.
    const moved = await tx.recording.updateMany({
      where: { id: r.id, nextSeq: seq, status: "RECORDING" },
      data: { nextSeq: seq + 1, totalBytes: { increment: bytes.byteLength } },
    });
    if (moved.count === 0) return null;
    await tx.recordingChunk.create({ data: { recordingId: r.id, seq, bytes: Buffer.from(bytes), sha256: hash } });
    return tx.recording.findUniqueOrThrow({ where: { id: r.id }, select: recordingSelect });
  });
  if (updated) return present(updated);
  // Lost a race: answer as the rules say for the state the winner left.
  return appendChunk(userId, attemptId, seq, contentType, bytes);
}

/** Stop: the recording is complete (no more chunks); `durationMs` is the recorded time. */
export async function completeRecording(userId: string, attemptId: string, durationMs: number): Promise<RecordingView> {
  const r = await ownRecording(userId, attemptId);
  if (r.nextSeq === 0) throw conflict("Nothing was recorded yet.", "recording_empty");
  if (r.status === "COMPLETE" && r.durationMs === durationMs) return present(r);
  const done = await db.recording.update({ where: { id: r.id }, data: { status: "COMPLETE", durationMs }, select: recordingSelect });
  return present(done);
}

/** The delivery metrics the browser computed from the decoded recording. */
export async function saveMetrics(userId: string, attemptId: string, metrics: AudioMetrics): Promise<RecordingView> {
  const r = await ownRecording(userId, attemptId);
  if (r.status !== "COMPLETE") throw conflict("Finish the recording before saving its metrics.", "recording_not_complete");
  const saved = await db.recording.update({ where: { id: r.id }, data: { metrics }, select: recordingSelect });
  return present(saved);
}

export async function deleteRecording(userId: string, attemptId: string) {
  const r = await ownRecording(userId, attemptId);
  await db.recording.delete({ where: { id: r.id } });
}

/** A mentee's finished recording, for a mentor who may read the attempt (404 otherwise). */
export async function mentorRecording(viewerId: string, menteeId: string, attemptId: string): Promise<RecordingView | null> {
  await readAttemptAccess(viewerId, menteeId, attemptId);
  const r = await db.recording.findFirst({ where: { attemptId, userId: menteeId, status: "COMPLETE" }, select: recordingSelect });
  return r && present(r);
}

export async function ownerAudio(userId: string, attemptId: string, rangeHeader: string | null) {
  return audioResponse(await ownRecording(userId, attemptId), rangeHeader);
}

export async function mentorAudio(viewerId: string, menteeId: string, attemptId: string, rangeHeader: string | null) {
  await readAttemptAccess(viewerId, menteeId, attemptId);
  const r = await db.recording.findFirst({ where: { attemptId, userId: menteeId, status: "COMPLETE" }, select: recordingSelect });
  if (!r) throw notFound(NO_RECORDING);
  return audioResponse(r, rangeHeader);
}

/** How many chunks one database read fetches while streaming (~1 s of audio each). */
const BATCH = 32;

/** The assembled audio in seq order: 200 with the whole body, 206 for a Range, 416 outside. */
async function audioResponse(r: Row, rangeHeader: string | null): Promise<Response> {
  const sizes = await db.$queryRaw<{ seq: number; size: number }[]>`
    SELECT "seq", octet_length("bytes")::int AS "size" FROM "RecordingChunk" WHERE "recordingId" = ${r.id} ORDER BY "seq"`;
  const total = sizes.reduce((s, c) => s + c.size, 0);
  const range = parseRange(rangeHeader, total);
  if (range === "unsatisfiable") {
    throw httpError("range_not_satisfiable", `The recording has ${total} bytes.`, undefined, { "Content-Range": `bytes */${total}` });
  }
  const whole = { start: 0, end: total - 1 };
  const slices = total === 0 ? [] : chunkSlices(sizes.map((c) => c.size), range ?? whole);
  const recordingId = r.id;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next >= slices.length) return controller.close();
      const batch = slices.slice(next, next + BATCH);
      next += batch.length;
      const rows = await db.recordingChunk.findMany({
        where: { recordingId, seq: { in: batch.map((s) => sizes[s.index]!.seq) } },
        orderBy: { seq: "asc" },
        select: { bytes: true },
      });
      batch.forEach((s, i) => controller.enqueue(new Uint8Array(rows[i]!.bytes).subarray(s.from, s.to)));
    },
  });
  const length = range ? range.end - range.start + 1 : total;
  const headers: Record<string, string> = {
    "Content-Type": r.mimeType,
    "Content-Length": String(length),
    "Accept-Ranges": "bytes",
  };
  if (range) headers["Content-Range"] = `bytes ${range.start}-${range.end}/${total}`;
  return new Response(body, { status: range ? 206 : 200, headers });
}

/** For the data export: metadata of every recording, with the address of its audio. */
export async function exportRecordings(userId: string) {
  const rows = await db.recording.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: recordingSelect });
  return rows.map((r) => ({ ...present(r), audioUrl: `/api/practice/attempts/${r.attemptId}/recording/audio` }));
}

/** The finished recordings of some of one user's attempts (a mock report), by attempt id; access checked by the caller. */
export async function finishedRecordingsOf(ownerId: string, attemptIds: string[]): Promise<Map<string, RecordingView>> {
  if (attemptIds.length === 0) return new Map();
  const rows = await db.recording.findMany({ where: { userId: ownerId, attemptId: { in: attemptIds }, status: "COMPLETE" }, select: recordingSelect });
  return new Map(rows.map((r) => [r.attemptId, present(r)]));
}

/** A finished recording of an attempt whose access the caller has already checked (mentor pages). */
export async function finishedRecording(ownerId: string, attemptId: string): Promise<RecordingView | null> {
  const r = await db.recording.findFirst({ where: { attemptId, userId: ownerId, status: "COMPLETE" }, select: recordingSelect });
  return r && present(r);
}

/**
 * The transcript of the owner's finished recording of an answer in progress, from the
 * configured speech-to-text endpoint (lib/speech/stt.ts). Nothing is stored: the browser puts
 * the text into the answer, which saves through the versioned autosave (409 when stale).
 */
export async function transcribeRecording(userId: string, attemptId: string, signal: AbortSignal): Promise<{ text: string }> {
  const a = await ownAttempt(userId, attemptId);
  if (a.status !== "IN_PROGRESS") throw conflict("This answer is submitted: its text can no longer change.", "attempt_submitted");
  const cfg = sttConfig();
  if (!cfg) throw httpError("stt_not_configured", "Transcription is not configured on this installation: type or paste a transcript.");
  const r = await ownRecording(userId, attemptId);
  if (r.status !== "COMPLETE") throw conflict("Finish the recording before transcribing it.", "recording_not_complete");
  const chunks = await db.recordingChunk.findMany({ where: { recordingId: r.id }, orderBy: { seq: "asc" }, select: { bytes: true } });
  const audio = Buffer.concat(chunks.map((c) => c.bytes));
  return { text: await transcribe(cfg, audio, r.mimeType, signal) };
}
