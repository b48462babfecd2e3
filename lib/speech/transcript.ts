// Word metrics of a transcript (issue 18): words per minute of speaking time, filler words
// from a reviewed list, and the longest sentence. Pure; unit-tested in tests/unit/speech-*.
//
// Fillers counted (case-insensitive, whole words):
// - always: um, umm, uh, uhh, erm, er, hmm, basically, "you know", "i mean";
// - "sort of" / "kind of" unless a determiner comes first ("a kind of model", "this sort of
//   thing" are not fillers): a, an, the, this, that, what, any, some, one, every, each;
// - "like" only where it cannot be the verb or the preposition: at the start of a sentence
//   ("Like, we…"), or set off by commas (", like," / ", like" / "like,"). "I like models" and
//   "models like BERT" are not counted. This misses some fillers but never counts a verb.
// "actually", "so", "right" were reviewed and left out: too often they carry meaning.

type FillerCount = { filler: string; count: number };
type TranscriptMetrics = {
  words: number;
  /** Words per speaking minute (rounded); null without speaking time. */
  wordsPerMinute: number | null;
  fillers: FillerCount[];
  fillerTotal: number;
  longestSentenceWords: number;
};

const ALWAYS = ["um", "umm", "uh", "uhh", "erm", "er", "hmm", "basically", "you know", "i mean"];
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "what", "any", "some", "one", "every", "each"]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export const wordsOf = (text: string) => text.match(WORD) ?? [];

export function sentencesOf(text: string) {
  return text
    .split(/[.!?…]+(?=\s|$)|\n\s*\n/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function countFillers(text: string): FillerCount[] {
  const lower = text.toLowerCase();
  const counts = new Map<string, number>();
  const add = (f: string, n: number) => n > 0 && counts.set(f, (counts.get(f) ?? 0) + n);
  for (const f of ALWAYS) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’])${f.replace(" ", "\\s+")}(?![\\p{L}\\p{N}'’])`, "gu");
    add(f, lower.match(re)?.length ?? 0);
  }
  for (const f of ["sort of", "kind of"]) {
    const re = new RegExp(`(?:([\\p{L}]+)\\s+)?(?<![\\p{L}])${f.replace(" ", "\\s+")}(?![\\p{L}])`, "gu");
    let n = 0;
    for (const m of lower.matchAll(re)) if (!m[1] || !DETERMINERS.has(m[1])) n++;
    add(f, n);
  }
  // "like": sentence-initial, or set off by a comma on either side.
  const like = /(?:^|[.!?]\s+|,\s*)like(?![\p{L}])|(?<![\p{L}])like\s*,/gu;
  add("like", lower.match(like)?.length ?? 0);
  return [...counts].map(([filler, count]) => ({ filler, count })).sort((a, b) => b.count - a.count || a.filler.localeCompare(b.filler));
}

export function transcriptMetrics(text: string, speakingMs: number | null): TranscriptMetrics {
  const words = wordsOf(text).length;
  const fillers = countFillers(text);
  return {
    words,
    wordsPerMinute: speakingMs && speakingMs > 0 ? Math.round(words / (speakingMs / 60_000)) : null,
    fillers,
    fillerTotal: fillers.reduce((s, f) => s + f.count, 0),
    longestSentenceWords: sentencesOf(text).reduce((m, s) => Math.max(m, wordsOf(s).length), 0),
  };
}

/** The words of an answer, as the transcript of a spoken answer (code answers have none). */
export function answerWords(answer: Record<string, unknown>): string {
  if (typeof answer.code === "string") return "";
  return Object.values(answer)
    .filter((v): v is string => typeof v === "string")
    .join("\n\n");
}
