// Which questions a new mock draws for each block. Pure: the candidates (with the user's last
// attempt of each) and the random source are passed in.
import { DIFFICULTIES } from "@/lib/questions/taxonomy";

export const MOCK_DIFFICULTIES = ["mixed", "easy", "medium", "hard", "expert"] as const;
export type MockDifficulty = (typeof MOCK_DIFFICULTIES)[number];

/** A question attempted this recently (practice or mock) is not drawn again. */
export const RECENT_DAYS = 7;

export type Candidate = { id: string; difficulty: string; lastAttemptAt: Date | null };

const rank = (difficulty: string) => DIFFICULTIES.findIndex((d) => d.value === difficulty);

/**
 * The next difficulty of a series: one step harder than the previous mock's, capped at
 * expert. The first mock of a series starts at the difficulty asked for ("mixed" starts easy).
 */
export function seriesDifficulty(previous: MockDifficulty | null, asked: MockDifficulty): Exclude<MockDifficulty, "mixed"> {
  if (previous === null || previous === "mixed") return asked === "mixed" ? "easy" : asked;
  const next = Math.min(DIFFICULTIES.length - 1, rank(previous) + 1);
  return DIFFICULTIES[next]!.value;
}

/**
 * Picks `count` questions: never those attempted in the last RECENT_DAYS, nor `exclude`; then
 * closest to the difficulty asked for ("mixed": any; one step harder before one step easier), then never attempted before the oldest
 * attempts, ties broken at random. Returns null when there are too few.
 */
export function pickQuestions(
  candidates: readonly Candidate[],
  count: number,
  difficulty: MockDifficulty,
  now: Date,
  random: () => number,
  exclude: ReadonlySet<string> = new Set(),
): string[] | null {
  const cutoff = now.getTime() - RECENT_DAYS * 86_400_000;
  const eligible = candidates
    .filter((c) => !exclude.has(c.id) && (c.lastAttemptAt === null || c.lastAttemptAt.getTime() < cutoff))
    .map((c) => ({
      c,
      distance: difficulty === "mixed" ? 0 : Math.abs(rank(c.difficulty) - rank(difficulty)),
      harder: difficulty === "mixed" ? 0 : -rank(c.difficulty),
      last: c.lastAttemptAt?.getTime() ?? -Infinity,
      tie: random(),
    }));
  if (eligible.length < count) return null;
  eligible.sort((a, b) => a.distance - b.distance || a.harder - b.harder || a.last - b.last || a.tie - b.tie);
  return eligible.slice(0, count).map((e) => e.c.id);
}
