// Delivery per mock session (issue 18): what the recorded answers of each session add up to.
// Pure; unit-tested in tests/unit/speech-delivery-summary.test.ts.
// - speaking time and long pauses: summed over the answers that have a measured recording;
// - pace: words of the transcripts (the answer texts) over the speaking time of the answers
//   that have both a measured recording and words, so a typed-only answer does not count.
import { type AudioMetrics } from "./metrics";
import { wordsOf } from "./transcript";

type SlotDelivery = { sessionIndex: number; metrics: AudioMetrics | null; transcript: string };

export type SessionDelivery = {
  /** null: the whole mock. */
  sessionIndex: number | null;
  answers: number;
  /** Answers with a measured recording. */
  recorded: number;
  speakingMs: number;
  longPauses: number;
  /** Recorded answers with words in their transcript. */
  transcribed: number;
  /** Words per speaking minute over the transcribed answers (rounded); null without any. */
  wordsPerMinute: number | null;
};

function summarise(sessionIndex: number | null, slots: SlotDelivery[]): SessionDelivery {
  let recorded = 0;
  let speakingMs = 0;
  let longPauses = 0;
  let transcribed = 0;
  let words = 0;
  let wordsMs = 0;
  for (const s of slots) {
    if (!s.metrics) continue;
    recorded++;
    speakingMs += s.metrics.speakingMs;
    longPauses += s.metrics.longPauses.length;
    const n = wordsOf(s.transcript).length;
    if (n > 0) {
      transcribed++;
      words += n;
      wordsMs += s.metrics.speakingMs;
    }
  }
  return {
    sessionIndex,
    answers: slots.length,
    recorded,
    speakingMs,
    longPauses,
    transcribed,
    wordsPerMinute: wordsMs > 0 ? Math.round(words / (wordsMs / 60_000)) : null,
  };
}

/** One row per session (in session order) and the whole mock last; empty when nothing was recorded. */
export function deliveryBySession(slots: SlotDelivery[]): SessionDelivery[] {
  if (!slots.some((s) => s.metrics)) return [];
  const sessions = [...new Set(slots.map((s) => s.sessionIndex))].sort((a, b) => a - b);
  return [...sessions.map((i) => summarise(i, slots.filter((s) => s.sessionIndex === i))), summarise(null, slots)];
}
