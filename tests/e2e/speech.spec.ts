// Spoken answers end to end (issue 18), with real audio: espeak-ng speaks a known answer with
// two deliberate 3 s breaks into a WAV, which Chromium's fake microphone plays
// (--use-file-for-fake-audio-capture, once: %noloop). The expected figures come from the same
// metric function run on the WAV's own samples (printed beside the measured ones).
import { type Browser, type Page, chromium, expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { audioMetrics } from "../../lib/speech/metrics";
import { signUpWithApi } from "./fixtures";

const BASE_URL = process.env.PREPLOOP_BASE_URL ?? "http://localhost:3000";
/** The local OpenAI-compatible test server (tests/support/ai-server.mjs), also the speech-to-text endpoint. */
const AI_URL = process.env.PREPLOOP_AI_TEST_URL!;
const SPOKEN =
  "First, I would check the data quality and the label distribution. <break time=\"3s\"/> " +
  "Then, um, I would train a simple baseline model. <break time=\"3s\"/> " +
  "Finally I would compare it with the bigger model on a held out set.";
const TRANSCRIPT = SPOKEN.replace(/ <break[^>]*>/g, "");
const LEAD_MS = 1000;
const TAIL_MS = 15_000;

type Wav = { file: string; speakingMs: number; longPauses: number; speechEndMs: number };

/** espeak-ng → PCM, padded with digital silence before and after, measured, written as a WAV. */
function makeWav(): Wav {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-speech-"));
  const raw = path.join(dir, "espeak.wav");
  execFileSync("espeak-ng", ["-m", "-v", "en-us", "-s", "150", "-w", raw, `<speak>${SPOKEN}</speak>`]);
  const buf = fs.readFileSync(raw);
  let off = 12;
  let rate = 0;
  let pcm: Buffer | null = null;
  while (off + 8 <= buf.length) {
    const id = buf.toString("ascii", off, off + 4);
    const size = Math.min(buf.readUInt32LE(off + 4), buf.length - off - 8);
    if (id === "fmt ") rate = buf.readUInt32LE(off + 12);
    if (id === "data") pcm = buf.subarray(off + 8, off + 8 + size);
    off += 8 + size + (size % 2);
  }
  if (!pcm || !rate) throw new Error("espeak-ng wrote no PCM data");
  const lead = Math.round((rate * LEAD_MS) / 1000);
  const n = lead + pcm.length / 2 + Math.round((rate * TAIL_MS) / 1000);
  const samples = new Int16Array(n);
  for (let i = 0; i < pcm.length / 2; i++) samples[lead + i] = pcm.readInt16LE(i * 2);
  const out = Buffer.alloc(44 + n * 2);
  out.write("RIFF", 0);
  out.writeUInt32LE(36 + n * 2, 4);
  out.write("WAVEfmt ", 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20); // PCM
  out.writeUInt16LE(1, 22); // mono
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36);
  out.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) out.writeInt16LE(samples[i]!, 44 + i * 2);
  const file = path.join(dir, "answer.wav");
  fs.writeFileSync(file, out);
  const m = audioMetrics(Float32Array.from(samples, (s) => s / 32768), rate);
  const last = m.segments.at(-1)!;
  return { file, speakingMs: m.speakingMs, longPauses: m.longPauses.length, speechEndMs: last.startMs + last.lengthMs };
}

let wav: Wav;
let browser: Browser;

// One test at a time in one worker (the config runs files fully parallel): each records real
// time from a fake microphone, and two Chromiums capturing at once on a loaded 2-core machine
// dropped audio (speaking time 10.6 % short once).
test.describe.configure({ mode: "default" });

/** A Chromium whose fake microphone plays the WAV once, from its start. */
const launch = () =>
  chromium.launch({
    executablePath: process.env.PREPLOOP_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-audio-capture=${wav.file}%noloop`,
      "--autoplay-policy=no-user-gesture-required",
    ],
  });

test.beforeAll(async () => {
  wav = makeWav();
  console.log(`[speech] WAV: speaking ${wav.speakingMs} ms, ${wav.longPauses} long pauses, speech ends at ${wav.speechEndMs} ms`);
  browser = await launch();
});
test.afterAll(async () => browser?.close());

async function newPage(on: Browser = browser) {
  const context = await on.newContext({ baseURL: BASE_URL });
  return context.newPage();
}

async function openAttempt(page: Page) {
  const q = await page.request.get("/api/questions?type=technical&source=seed&limit=1&sort=title");
  const questionId = ((await q.json()) as { items: { id: string }[] }).items[0]!.id;
  const res = await page.request.post("/api/practice/attempts", { data: { questionId } });
  const attempt = ((await res.json()) as { attempt: { id: string } }).attempt;
  await page.goto(`/practice/attempts/${attempt.id}`);
  return attempt.id;
}

const recordedMs = async (page: Page) => Number(await page.getByTestId("recorded-time").getAttribute("data-ms"));
const storedChunks = async (page: Page, attemptId: string) => {
  const res = await page.request.get(`/api/practice/attempts/${attemptId}/recording`);
  return ((await res.json()) as { recording: { nextSeq: number } | null }).recording?.nextSeq ?? 0;
};

test("record an answer, reload mid-recording, finish, play back, see the metrics; a mentor plays it, others get 404", async () => {
  const page = await newPage();
  const owner = await signUpWithApi(page, { name: "Speaker" });
  const attemptId = await openAttempt(page);
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByRole("meter", { name: "Microphone level" })).toBeVisible();

  // Record until the speech is over and its last second is stored; then reload mid-recording.
  const target = wav.speechEndMs + 2000;
  await expect.poll(() => recordedMs(page), { timeout: 120_000 }).toBeGreaterThan(target);
  await expect.poll(() => storedChunks(page, attemptId), { timeout: 60_000 }).toBeGreaterThanOrEqual(Math.ceil(target / 1000) - 1);
  await page.reload();

  await expect(page.getByText(/A recording of this answer was interrupted/)).toBeVisible();
  await page.getByRole("button", { name: "Finish recording" }).click();
  const speaking = page.getByTestId("speaking-time");
  await expect(speaking).toBeVisible({ timeout: 60_000 });
  const measuredMs = Number(await speaking.getAttribute("data-ms"));
  const measuredPauses = Number(await page.getByTestId("long-pauses").getAttribute("data-count"));
  console.log(`[speech] measured speaking ${measuredMs} ms vs expected ${wav.speakingMs} ms; long pauses ${measuredPauses} vs ${wav.longPauses}`);
  expect(Math.abs(measuredMs - wav.speakingMs) / wav.speakingMs).toBeLessThanOrEqual(0.1);
  expect(measuredPauses).toBe(wav.longPauses);
  await expect(page.getByText(/Pace, filler words and sentence length need a transcript/)).toBeVisible();
  const stored = (await (await page.request.get(`/api/practice/attempts/${attemptId}/recording`)).json()) as {
    recording: { totalBytes: number; durationMs: number; mimeType: string };
  };
  const r = stored.recording;
  console.log(`[speech] stored ${r.totalBytes} bytes of ${r.mimeType} for ${r.durationMs} ms: ${Math.round((r.totalBytes / r.durationMs) * 60)} KB/min (÷1000)`);

  // Playback: the audio element learns its duration (the route answers Range requests).
  const audio = page.getByRole("region", { name: "Answer out loud" }).locator("audio");
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 30_000 }).toBeGreaterThan(wav.speechEndMs / 1000);

  // The transcript goes into the answer: word metrics appear; submit.
  await page.getByLabel("Your answer (Markdown)").fill(TRANSCRIPT);
  await expect(page.getByText(/words\/min/)).toBeVisible();
  await expect(page.getByText(/um ×1/)).toBeVisible();
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Your spoken answer" })).toBeVisible();

  // A mentor with the attempts scope plays it.
  const inv = await page.request.post("/api/mentors/invitations", {
    data: { scopes: { attempts: true, mocks: false, progress: false, offers: false, plan: false } },
  });
  const token = ((await inv.json()) as { path: string }).path.split("/").pop()!;
  const mentorPage = await newPage();
  await signUpWithApi(mentorPage, { name: "Mentor" });
  expect((await mentorPage.request.post("/api/invitations/accept", { data: { token } })).status()).toBe(200);
  await mentorPage.goto(`/mentoring/${owner.id}/attempts/${attemptId}`);
  await expect(mentorPage.getByRole("heading", { name: "Spoken answer" })).toBeVisible();
  const mentorAudio = mentorPage.locator("audio");
  await expect.poll(() => mentorAudio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 30_000 }).toBeGreaterThan(wav.speechEndMs / 1000);
  await mentorAudio.evaluate((a: HTMLAudioElement) => {
    a.currentTime = 0;
    return a.play();
  });
  await expect.poll(() => mentorAudio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5);

  // Anybody else: 404 on both addresses.
  const other = await newPage();
  await signUpWithApi(other, { name: "Stranger" });
  expect((await other.request.get(`/api/practice/attempts/${attemptId}/recording/audio`)).status()).toBe(404);
  expect((await other.request.get(`/api/mentoring/mentees/${owner.id}/attempts/${attemptId}/recording/audio`)).status()).toBe(404);
});

test("continuing after a reload makes one stream: the decoded audio covers both parts", async () => {
  const page = await newPage();
  await signUpWithApi(page, { name: "Continuer" });
  const attemptId = await openAttempt(page);
  await page.getByRole("button", { name: "Record" }).click();
  await expect.poll(() => recordedMs(page), { timeout: 60_000 }).toBeGreaterThan(3500);
  await expect.poll(() => storedChunks(page, attemptId), { timeout: 60_000 }).toBeGreaterThanOrEqual(3);
  await page.reload();
  await page.getByRole("button", { name: "Continue recording" }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  await expect.poll(() => recordedMs(page), { timeout: 60_000 }).toBeGreaterThan(0);
  const baseMs = await recordedMs(page);
  await expect.poll(() => recordedMs(page), { timeout: 60_000 }).toBeGreaterThan(baseMs + 4000);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("speaking-time")).toBeVisible({ timeout: 60_000 });
  const decodedMs = await page.evaluate(async (url) => {
    const bytes = await (await fetch(url)).arrayBuffer();
    const ctx = new AudioContext();
    const buffer = await ctx.decodeAudioData(bytes);
    return buffer.duration * 1000;
  }, `/api/practice/attempts/${attemptId}/recording/audio`);
  console.log(`[speech] continued: first part ${baseMs} ms, decoded whole ${Math.round(decodedMs)} ms`);
  expect(decodedMs).toBeGreaterThan(baseMs + 3000);
});

/** Tells the test speech-to-text endpoint what to answer for this attempt's stored audio (keyed by its SHA-256). */
async function registerTranscript(page: Page, attemptId: string, text: string) {
  const audio = await page.request.get(`/api/practice/attempts/${attemptId}/recording/audio`);
  expect(audio.status()).toBe(200);
  const sha256 = createHash("sha256").update(await audio.body()).digest("hex");
  const res = await fetch(`${AI_URL}/control/transcripts`, { method: "POST", body: JSON.stringify({ sha256, text }) });
  expect(res.status).toBe(200);
}

/** Records the whole spoken answer (the WAV plays from its start in a browser of its own), then stops. */
async function recordWholeAnswer(page: Page) {
  await page.getByRole("button", { name: "Record" }).click();
  await expect.poll(() => recordedMs(page), { timeout: 120_000 }).toBeGreaterThan(wav.speechEndMs + 1500);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("speaking-time")).toBeVisible({ timeout: 60_000 });
}

test("Transcribe: the transcript replaces a typed answer after asking, saves through autosave, and coverage works on it", async () => {
  const own = await launch();
  try {
    const page = await newPage(own);
    await signUpWithApi(page, { name: "Transcriber" });
    const attemptId = await openAttempt(page);
    const answer = page.getByLabel("Your answer (Markdown)");
    await answer.fill("Notes typed before speaking.");
    await expect(page.getByText(/All changes saved/)).toBeVisible();
    await expect(page.getByText(/When you stop, Transcribe turns it into your answer's text/)).toBeVisible();
    await recordWholeAnswer(page);

    await registerTranscript(page, attemptId, TRANSCRIPT);
    await page.getByRole("button", { name: "Transcribe" }).click();
    // Over typed text it asks first.
    await expect(page.getByTestId("pending-transcript")).toHaveText(TRANSCRIPT);
    await expect(answer).toHaveValue("Notes typed before speaking.");
    await page.getByRole("button", { name: "Replace my answer" }).click();
    await expect(answer).toHaveValue(TRANSCRIPT);
    await expect.poll(async () => ((await (await page.request.get(`/api/practice/attempts/${attemptId}`)).json()) as { attempt: { answer: { text: string } } }).attempt.answer.text, {
      timeout: 30_000,
    }).toBe(TRANSCRIPT);
    // Word metrics now use it.
    await expect(page.getByText(/words\/min/)).toBeVisible();
    await expect(page.getByText(/um ×1/)).toBeVisible();

    await page.getByRole("button", { name: "Submit answer" }).click();
    const panel = page.getByRole("region", { name: "Key-point coverage" });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText(/Your answer covers \d+ of \d+ key points/);
  } finally {
    await own.close();
  }
});

test("a mock slot answered by voice: transcribed into the answer, then the report plays it and shows delivery by session", async () => {
  const own = await launch();
  try {
    const page = await newPage(own);
    await signUpWithApi(page, { name: "Mock speaker" });
    const res = await page.request.post("/api/mocks", { data: { templateId: "behavioural-30" } });
    expect(res.status()).toBe(201);
    const { mock } = (await res.json()) as { mock: { id: string; questions: { slot: number; attemptId: string }[] } };
    const slot = mock.questions[0]!;
    await page.goto(`/mocks/${mock.id}`);
    await expect(page.getByText(/When you stop, Transcribe turns it into your answer's text/)).toBeVisible();
    await recordWholeAnswer(page);
    await registerTranscript(page, slot.attemptId, TRANSCRIPT);
    await page.getByRole("button", { name: "Transcribe" }).click();
    // A blank answer takes the transcript at once.
    await expect(page.getByText("The transcript is now your answer: correct what the model misheard.")).toBeVisible();
    await expect
      .poll(async () => JSON.stringify(((await (await page.request.get(`/api/mocks/${mock.id}/answers/0`)).json()) as { answer: unknown }).answer), { timeout: 30_000 })
      .toContain("compare it with the bigger model");

    expect((await page.request.post(`/api/mocks/${mock.id}/finish`, { data: {} })).status()).toBe(200);
    await page.goto(`/mocks/${mock.id}/report`);
    const delivery = page.getByRole("region", { name: "Delivery by session" });
    await expect(delivery).toBeVisible();
    await expect(delivery.getByRole("row", { name: /Whole mock/ })).toContainText(/1 of \d+/);
    await expect(delivery.getByRole("row", { name: /Whole mock/ })).toContainText(/\d+ words\/min/);
    const speakingText = await delivery.getByTestId("speaking-all").textContent();
    const [mm, ss] = speakingText!.split(":").map(Number);
    const reportedMs = (mm! * 60 + ss!) * 1000;
    console.log(`[speech] mock report: speaking ${speakingText} vs the WAV's ${wav.speakingMs} ms`);
    expect(Math.abs(reportedMs - wav.speakingMs)).toBeLessThanOrEqual(wav.speakingMs * 0.1 + 1000);
    const answer0 = page.locator('section[aria-labelledby="answer-0"]');
    const audio = answer0.locator("audio");
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 30_000 }).toBeGreaterThan(wav.speechEndMs / 1000);
    await expect(answer0.getByTestId("speaking-time")).toBeVisible();
  } finally {
    await own.close();
  }
});
