// Delivery metrics of a spoken answer (issue 18), computed from mono PCM samples. Pure: the
// browser runs it on the decoded recording (Web Audio decodeAudioData → channel 0), the tests
// run it on synthetic signals and on espeak-ng WAVs, so the numbers are the same everywhere.
//
// Definitions (docs/decisions/0018-spoken-answers.md repeats them):
// - Frames: consecutive, non-overlapping 20 ms frames; a last partial frame is dropped.
// - Frame level: 20·log10(RMS) in dBFS (RMS floored at 1e-10, i.e. digital silence = −200 dB).
// - Voice activity: a frame is voiced when its level is at least
//     max(−60 dBFS, peak − 35 dB, min(noise floor + 12 dB, peak − 15 dB))
//   where the noise floor is the 10th percentile and the peak the 95th percentile of all
//   frame levels (percentiles are robust to single clicks and to one loud breath). The
//   min(…, peak − 15 dB) keeps speech without any silence (floor = quiet speech) voiced.
// - Gaps: an unvoiced run shorter than 300 ms between two voiced frames counts as speech
//   (the breaks between words); longer unvoiced runs are silence. Silence before the first
//   and after the last voiced frame is silence too, but not a "pause".
// - Speaking time: frames inside speech segments × 20 ms. Silence ratio: 1 − speaking/total.
// - Long pause: an unvoiced run between two speech segments longer than 2 s (strictly).
// - Loudness variation: the (population) standard deviation of the frame level, in dB, over
//   voiced frames. A flat monotone ≈ 0–3 dB; lively speech typically 6–10 dB.
// No zod here: the recording player on the mock report imports this at start-up; the check of
// what the browser sends (audioMetricsSchema) is in ./schema.

const FRAME_MS = 20;
const BRIDGE_MS = 300;
export const LONG_PAUSE_MS = 2000;
const FLOOR_MARGIN_DB = 12;
const PEAK_RANGE_DB = 35;
const ABSOLUTE_MIN_DB = -60;
const PEAK_HEADROOM_DB = 15;

type Span = { startMs: number; lengthMs: number };

export type AudioMetrics = {
  totalMs: number;
  speakingMs: number;
  /** 0..1, rounded to 3 decimals. */
  silenceRatio: number;
  longPauses: Span[];
  /** Speech segments over the answer (for the pause timeline). */
  segments: Span[];
  /** Standard deviation of voiced frame levels in dB (1 decimal); null without voiced frames. */
  loudnessVariationDb: number | null;
};

function percentile(sorted: readonly number[], p: number) {
  if (sorted.length === 0) return -200;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))));
  return sorted[i]!;
}

/** 20 ms frame levels in dBFS. */
export function frameLevels(samples: ArrayLike<number>, sampleRate: number): number[] {
  const len = Math.round((sampleRate * FRAME_MS) / 1000);
  const frames = Math.floor(samples.length / len);
  const out = new Array<number>(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let i = f * len; i < (f + 1) * len; i++) sum += samples[i]! * samples[i]!;
    out[f] = 20 * Math.log10(Math.max(Math.sqrt(sum / len), 1e-10));
  }
  return out;
}

function voicedThreshold(levels: readonly number[]) {
  const sorted = [...levels].sort((a, b) => a - b);
  const floor = percentile(sorted, 0.1);
  const peak = percentile(sorted, 0.95);
  return Math.max(
    ABSOLUTE_MIN_DB,
    peak - PEAK_RANGE_DB,
    Math.min(floor + FLOOR_MARGIN_DB, peak - PEAK_HEADROOM_DB),
  );
}

export function audioMetrics(samples: ArrayLike<number>, sampleRate: number): AudioMetrics {
  const levels = frameLevels(samples, sampleRate);
  const threshold = voicedThreshold(levels);
  const voiced = levels.map((l) => l >= threshold);
  // Speech segments: runs of voiced frames, joined across gaps shorter than BRIDGE_MS.
  const bridge = BRIDGE_MS / FRAME_MS;
  const segs: [number, number][] = []; // [first frame, end frame (exclusive)]
  for (let f = 0; f < voiced.length; f++) {
    if (!voiced[f]) continue;
    let end = f + 1;
    while (end < voiced.length && voiced[end]) end++;
    const last = segs.at(-1);
    if (last && f - last[1] < bridge) last[1] = end;
    else segs.push([f, end]);
    f = end - 1;
  }
  const ms = (frames: number) => frames * FRAME_MS;
  const speakingFrames = segs.reduce((s, [a, b]) => s + b - a, 0);
  const longPauses: Span[] = [];
  for (let i = 1; i < segs.length; i++) {
    const gap = segs[i]![0] - segs[i - 1]![1];
    if (ms(gap) > LONG_PAUSE_MS) longPauses.push({ startMs: ms(segs[i - 1]![1]), lengthMs: ms(gap) });
  }
  const voicedLevels = levels.filter((_, i) => voiced[i]);
  let variation: number | null = null;
  if (voicedLevels.length > 0) {
    const mean = voicedLevels.reduce((s, l) => s + l, 0) / voicedLevels.length;
    const variance = voicedLevels.reduce((s, l) => s + (l - mean) ** 2, 0) / voicedLevels.length;
    variation = Math.round(Math.sqrt(variance) * 10) / 10;
  }
  const totalMs = ms(levels.length);
  return {
    totalMs,
    speakingMs: ms(speakingFrames),
    silenceRatio: totalMs === 0 ? 0 : Math.round((1 - speakingFrames / levels.length) * 1000) / 1000,
    longPauses,
    segments: segs.map(([a, b]) => ({ startMs: ms(a), lengthMs: ms(b - a) })),
    loudnessVariationDb: variation,
  };
}
