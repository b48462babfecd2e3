// Length of an answer against the time the candidate was given.
//
// Thresholds (docs/decisions/0015-key-point-coverage.md):
// - too short: fewer than 15 words per allocated minute. The bank's model answers carry 32-99
//   words per allocated minute (10th-90th percentile, median 52); 15 is under half of the 10th
//   percentile, i.e. clearly less than any strong answer in the bank at that time budget.
// - a wall of text: more than 150 words per allocated minute, the upper end of conversational
//   speaking rate; an answer longer than that cannot be said aloud in the interview's time.

const MIN_WORDS_PER_MINUTE = 15;
const MAX_WORDS_PER_MINUTE = 150;

export type LengthVerdict = {
  verdict: "empty" | "too-short" | "fine" | "too-long";
  words: number;
  minWords: number;
  maxWords: number;
  allocatedMinutes: number;
};

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Words: runs of letters/digits (joined by ' ’ _ -). A run of CJK characters counts as one word. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function lengthVerdict(words: number, allocatedMinutes: number): LengthVerdict {
  const minutes = Math.max(1, allocatedMinutes);
  const minWords = MIN_WORDS_PER_MINUTE * minutes;
  const maxWords = MAX_WORDS_PER_MINUTE * minutes;
  const verdict =
    words === 0 ? "empty" : words < minWords ? "too-short" : words > maxWords ? "too-long" : "fine";
  return { verdict, words, minWords, maxWords, allocatedMinutes: minutes };
}
