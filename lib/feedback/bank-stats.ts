// Term statistics of the question bank for IDF weighting: one document per key point and one per
// model answer, over every question in prisma/seed/questions. Computed by build-bank-stats.ts into
// data/bank-stats.json (a unit test checks the snapshot matches the bank); loaded once per process.
import { resolveAmbiguous, termsOf, tokenize } from "./text";
import snapshot from "./data/bank-stats.json";

export type BankStats = { documents: number; df: Readonly<Record<string, number>> };

export type BankQuestion = { keyPoints: readonly string[]; prompt: string; modelAnswer: string };

/** Concepts that occur anywhere in a question's own text (to read ambiguous abbreviations). */
export function contextConcepts(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const { tokens } = tokenize(text);
    for (const h of termsOf(tokens, 0, tokens.length, { side: "answer" }))
      if (h.term.startsWith("=")) out.add(h.term.slice(1));
  }
  return out;
}

export function computeBankStats(questions: readonly BankQuestion[]): BankStats {
  const df = new Map<string, number>();
  let documents = 0;
  for (const q of questions) {
    const ambiguous = resolveAmbiguous(contextConcepts([q.prompt, q.modelAnswer, ...q.keyPoints]));
    for (const text of [...q.keyPoints, q.modelAnswer]) {
      const { tokens } = tokenize(text);
      const terms = new Set(
        termsOf(tokens, 0, tokens.length, { side: "answer", ambiguous }).map((h) => h.term),
      );
      for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
      documents++;
    }
  }
  const sorted = Object.fromEntries([...df.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { documents, df: sorted };
}

export const BANK_STATS: BankStats = snapshot as BankStats;

/** BM25's IDF, ln(1 + (N − df + 0.5) / (df + 0.5)): always positive; unseen terms get the maximum. */
export function idf(stats: BankStats, term: string): number {
  const n = stats.df[term] ?? 0;
  return Math.log(1 + (stats.documents - n + 0.5) / (n + 0.5));
}
