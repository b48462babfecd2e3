// Which questions a new mock draws for each block. Pure: the candidates (with the user's last
// attempt of each) and the random source are passed in. The rules (docs/decisions/0008):
// 1. Fit (never relaxed): a question fits a slot when its allocatedMinutes ≤ the slot's minutes,
//    the block's minutes divided by its question count (15 min / 5 questions = 3 min).
// 2. No question twice in one mock (never relaxed).
// 3. No question attempted in the last RECENT_DAYS days, while the fitting pool allows; when it
//    does not, the block is filled with the least recently attempted ones and the mock says so.
import { DIFFICULTIES } from "@/lib/questions/taxonomy";
import { type Stage, planStages } from "./clock";
import { type MockTemplate } from "./templates";

export const MOCK_DIFFICULTIES = ["mixed", "easy", "medium", "hard", "expert"] as const;
export type MockDifficulty = (typeof MOCK_DIFFICULTIES)[number];

/** Question types a mock draws (not quiz cards, reflection prompts or negotiation scripts). */
export const MOCK_TYPES = ["technical", "behavioural", "system-design", "coding", "business-case"] as const;

/** A question attempted this recently (practice or mock) is not drawn again while the pool allows. */
export const RECENT_DAYS = 7;

export type Candidate = { id: string; difficulty: string; allocatedMinutes: number; lastAttemptAt: Date | null };

const rank = (difficulty: string) => DIFFICULTIES.findIndex((d) => d.value === difficulty);

/** Minutes one question of a block gets: the block's minutes shared evenly by its questions. */
export const slotMinutes = (block: { minutes: number; questionCount: number }) => block.minutes / block.questionCount;

/** The fit rule: a question fits a slot when its allocated time is at most the slot's. */
export const fitsSlot = (question: { allocatedMinutes: number }, minutes: number) => question.allocatedMinutes <= minutes;

const isRecent = (c: Candidate, now: Date) => c.lastAttemptAt !== null && c.lastAttemptAt.getTime() >= now.getTime() - RECENT_DAYS * 86_400_000;

/**
 * The next difficulty of a series: one step harder than the previous mock's, capped at
 * expert. The first mock of a series starts at the difficulty asked for ("mixed" starts easy).
 */
export function seriesDifficulty(previous: MockDifficulty | null, asked: MockDifficulty): Exclude<MockDifficulty, "mixed"> {
  if (previous === null || previous === "mixed") return asked === "mixed" ? "easy" : asked;
  const next = Math.min(DIFFICULTIES.length - 1, rank(previous) + 1);
  return DIFFICULTIES[next]!.value;
}

type Picked = { ids: string[]; /** How many were attempted in the last RECENT_DAYS days (the rule relaxed). */ recentReused: number };

/**
 * Picks `slot.count` questions that fit `slot.minutes`, never one in `exclude`. Questions not
 * attempted in the last RECENT_DAYS come first: closest to the difficulty asked for ("mixed":
 * any; one step harder before one step easier), then never attempted before the oldest attempts,
 * ties at random. When they are too few, the rest are the least recently attempted fitting ones
 * (`recentReused` counts them). Null when even that is too few.
 */
export function pickQuestions(
  candidates: readonly Candidate[],
  slot: { count: number; minutes: number },
  difficulty: MockDifficulty,
  now: Date,
  random: () => number,
  exclude: ReadonlySet<string> = new Set(),
): Picked | null {
  const fitting = candidates.filter((c) => !exclude.has(c.id) && fitsSlot(c, slot.minutes));
  if (fitting.length < slot.count) return null;
  const ranked = (list: Candidate[]) =>
    list
      .map((c) => ({
        c,
        distance: difficulty === "mixed" ? 0 : Math.abs(rank(c.difficulty) - rank(difficulty)),
        harder: difficulty === "mixed" ? 0 : -rank(c.difficulty),
        last: c.lastAttemptAt?.getTime() ?? -Infinity,
        tie: random(),
      }))
      .sort((a, b) => a.distance - b.distance || a.harder - b.harder || a.last - b.last || a.tie - b.tie)
      .map((e) => e.c);
  const fresh = ranked(fitting.filter((c) => !isRecent(c, now)));
  if (fresh.length >= slot.count) return { ids: fresh.slice(0, slot.count).map((c) => c.id), recentReused: 0 };
  // The pool does not allow the 7-day rule: least recently attempted first, then by difficulty.
  const recent = fitting
    .filter((c) => isRecent(c, now))
    .map((c) => ({ c, last: c.lastAttemptAt!.getTime(), tie: random() }))
    .sort((a, b) => a.last - b.last || a.tie - b.tie)
    .map((e) => e.c);
  const reused = recent.slice(0, slot.count - fresh.length);
  return { ids: [...fresh, ...reused].map((c) => c.id), recentReused: reused.length };
}

/** A selection rule the draw had to relax for one block, said to the user where the mock starts. */
export type Relaxation = { block: string; rule: "recent-days"; reused: number; message: string };

function relaxationMessage(block: string, reused: number, count: number) {
  return `“${block}”: ${reused} of its ${count} question${count === 1 ? "" : "s"} ${reused === 1 ? "was" : "were"} attempted in the last ${RECENT_DAYS} days: not enough other questions fit its time, so the ${RECENT_DAYS}-day no-repeat rule was relaxed (the least recently attempted were drawn).`;
}

type Draw =
  | { ok: true; chosen: { slot: number; questionId: string }[]; relaxations: Relaxation[] }
  | { ok: false; block: string; count: number; minutes: number; fitting: number };

/**
 * Draws a whole mock: each block from its focus area's candidates, in template order, no
 * question twice. Fails (naming the block) only when too few questions fit a block's slot.
 */
export function drawMock(
  template: MockTemplate,
  candidatesOf: (focusArea: string) => readonly Candidate[],
  difficulty: MockDifficulty,
  now: Date,
  random: () => number,
): Draw {
  const chosen: { slot: number; questionId: string }[] = [];
  const relaxations: Relaxation[] = [];
  const used = new Set<string>();
  const stages: Stage[] = planStages(template, 1);
  for (const stage of stages) {
    if (stage.kind !== "block") continue;
    const minutes = slotMinutes({ minutes: stage.ms, questionCount: stage.count });
    const candidates = candidatesOf(stage.focusArea);
    const picked = pickQuestions(candidates, { count: stage.count, minutes }, difficulty, now, random, used);
    if (!picked) {
      const fitting = candidates.filter((c) => !used.has(c.id) && fitsSlot(c, minutes)).length;
      return { ok: false, block: stage.label, count: stage.count, minutes, fitting };
    }
    if (picked.recentReused > 0) {
      relaxations.push({ block: stage.label, rule: "recent-days", reused: picked.recentReused, message: relaxationMessage(stage.label, picked.recentReused, stage.count) });
    }
    picked.ids.forEach((questionId, i) => {
      used.add(questionId);
      chosen.push({ slot: stage.firstSlot + i, questionId });
    });
  }
  return { ok: true, chosen, relaxations };
}
