import { describe, expect, it } from "vitest";
import { audioMetrics, frameLevels } from "@/lib/speech/metrics";
import { audioMetricsSchema } from "@/lib/speech/schema";

const RATE = 16_000;

/** Concatenates parts: [seconds, amplitude] (amplitude 0 = digital silence) of a 500 Hz sine (10 whole cycles per 20 ms frame). */
function signal(parts: [number, number][], rate = RATE) {
  const total = parts.reduce((s, [sec]) => s + Math.round(sec * rate), 0);
  const out = new Float32Array(total);
  let at = 0;
  for (const [sec, amp] of parts) {
    const n = Math.round(sec * rate);
    for (let i = 0; i < n; i++) out[at + i] = amp * Math.sin((2 * Math.PI * 500 * (at + i)) / rate);
    at += n;
  }
  return out;
}

describe("audioMetrics on synthetic tones with known answers", () => {
  it("1 s tone, 3 s silence, 2 s tone: speaking 3 s, one long pause of 3 s at 1 s", () => {
    const m = audioMetrics(
      signal([
        [1, 0.5],
        [3, 0],
        [2, 0.5],
      ]),
      RATE,
    );
    console.log("measured", m.speakingMs, m.longPauses, "expected 3000 ms, one pause {1000, 3000}");
    expect(m.totalMs).toBe(6000);
    expect(m.speakingMs).toBe(3000);
    expect(m.silenceRatio).toBe(0.5);
    expect(m.longPauses).toEqual([{ startMs: 1000, lengthMs: 3000 }]);
    expect(m.segments).toEqual([
      { startMs: 0, lengthMs: 1000 },
      { startMs: 4000, lengthMs: 2000 },
    ]);
    expect(m.loudnessVariationDb).toBe(0);
    expect(audioMetricsSchema.parse(m)).toEqual(m);
  });

  it("a pause of exactly 2 s is not long; 2.02 s is", () => {
    expect(
      audioMetrics(
        signal([
          [1, 0.5],
          [2, 0],
          [1, 0.5],
        ]),
        RATE,
      ).longPauses,
    ).toEqual([]);
    expect(
      audioMetrics(
        signal([
          [1, 0.5],
          [2.02, 0],
          [1, 0.5],
        ]),
        RATE,
      ).longPauses,
    ).toEqual([{ startMs: 1000, lengthMs: 2020 }]);
  });

  it("gaps under 300 ms are the breaks between words: speech; 300 ms and more are silence", () => {
    const short = audioMetrics(
      signal([
        [0.5, 0.5],
        [0.28, 0],
        [0.5, 0.5],
      ]),
      RATE,
    );
    expect(short.segments).toEqual([{ startMs: 0, lengthMs: 1280 }]);
    expect(short.speakingMs).toBe(1280);
    const long = audioMetrics(
      signal([
        [0.5, 0.5],
        [0.3, 0],
        [0.5, 0.5],
      ]),
      RATE,
    );
    expect(long.speakingMs).toBe(1000);
    expect(long.longPauses).toEqual([]);
  });

  it("leading and trailing silence count as silence, not as pauses", () => {
    const m = audioMetrics(
      signal([
        [3, 0],
        [1, 0.5],
        [4, 0],
      ]),
      RATE,
    );
    expect(m.speakingMs).toBe(1000);
    expect(m.silenceRatio).toBe(0.875);
    expect(m.longPauses).toEqual([]);
  });

  it("loudness variation: two equal halves 6.02 dB apart have a standard deviation of 3.0 dB", () => {
    const m = audioMetrics(
      signal([
        [1, 0.5],
        [1, 0.25],
      ]),
      RATE,
    );
    expect(m.speakingMs).toBe(2000);
    expect(m.loudnessVariationDb).toBe(3);
  });

  it("a quiet noise floor is silence: the threshold is relative to the floor", () => {
    // Noise at −50 dBFS under a −9 dBFS tone: frames of noise alone stay below floor + 12 dB.
    const s = signal([
      [1, 0.5],
      [3, 0],
      [1, 0.5],
    ]);
    let seed = 1;
    for (let i = 0; i < s.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      s[i] = s[i]! + ((seed / 2 ** 31) * 2 - 1) * 0.0055; // uniform ±0.0055: RMS ≈ 0.0032 ≈ −50 dB
    }
    const m = audioMetrics(s, RATE);
    expect(m.speakingMs).toBe(2000);
    expect(m.longPauses).toEqual([{ startMs: 1000, lengthMs: 3000 }]);
  });

  it("empty and silent input", () => {
    expect(audioMetrics(new Float32Array(0), RATE)).toEqual({
      totalMs: 0,
      speakingMs: 0,
      silenceRatio: 0,
      longPauses: [],
      segments: [],
      loudnessVariationDb: null,
    });
    const silent = audioMetrics(new Float32Array(RATE), RATE);
    expect(silent.speakingMs).toBe(0);
    expect(silent.silenceRatio).toBe(1);
    expect(silent.loudnessVariationDb).toBeNull();
  });

  it("frame levels: 20 ms frames, full-scale sine ≈ −3.01 dBFS, a partial last frame dropped", () => {
    const levels = frameLevels(signal([[0.05, 1]], 48_000), 48_000);
    expect(levels).toHaveLength(2);
    expect(levels[0]).toBeCloseTo(-3.0103, 3);
  });
});
