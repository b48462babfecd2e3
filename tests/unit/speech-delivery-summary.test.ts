import { describe, expect, it } from "vitest";
import { deliveryBySession } from "@/lib/speech/delivery-summary";
import { type AudioMetrics } from "@/lib/speech/metrics";

const m = (speakingMs: number, pauses: number): AudioMetrics => ({
  totalMs: speakingMs + pauses * 3000,
  speakingMs,
  silenceRatio: 0,
  longPauses: Array.from({ length: pauses }, (_, i) => ({ startMs: i * 5000, lengthMs: 3000 })),
  segments: [{ startMs: 0, lengthMs: speakingMs }],
  loudnessVariationDb: 4,
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

describe("deliveryBySession", () => {
  it("nothing recorded: no rows", () => {
    expect(deliveryBySession([])).toEqual([]);
    expect(deliveryBySession([{ sessionIndex: 0, metrics: null, transcript: "typed" }])).toEqual([]);
  });

  it("sums per session and for the whole mock; pace only over recorded answers with words", () => {
    const rows = deliveryBySession([
      // Session 1: 60 s speaking with 150 words, 30 s with none (typed nothing), one typed-only answer.
      { sessionIndex: 1, metrics: m(60_000, 2), transcript: words(150) },
      { sessionIndex: 1, metrics: m(30_000, 1), transcript: "" },
      { sessionIndex: 1, metrics: null, transcript: words(500) },
      // Session 0: 90 s with 120 words.
      { sessionIndex: 0, metrics: m(90_000, 0), transcript: words(120) },
    ]);
    expect(rows).toEqual([
      { sessionIndex: 0, answers: 1, recorded: 1, speakingMs: 90_000, longPauses: 0, transcribed: 1, wordsPerMinute: 80 },
      { sessionIndex: 1, answers: 3, recorded: 2, speakingMs: 90_000, longPauses: 3, transcribed: 1, wordsPerMinute: 150 },
      // 270 words over 150 s = 108 words/min.
      { sessionIndex: null, answers: 4, recorded: 3, speakingMs: 180_000, longPauses: 3, transcribed: 2, wordsPerMinute: 108 },
    ]);
  });

  it("a session whose recordings have no words has no pace; zero speaking time has none either", () => {
    const rows = deliveryBySession([
      { sessionIndex: 0, metrics: m(40_000, 1), transcript: "" },
      { sessionIndex: 2, metrics: m(0, 0), transcript: "words were typed" },
    ]);
    expect(rows.map((r) => [r.sessionIndex, r.wordsPerMinute, r.transcribed])).toEqual([
      [0, null, 0],
      [2, null, 1],
      [null, null, 1],
    ]);
  });
});
