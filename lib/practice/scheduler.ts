// FSRS review scheduling with ts-fsrs. Pure: the stored card and `now` in, the next card out.
// Short-term (minute) learning steps are off: an interview question comes back in days,
// not in ten minutes. Fuzz is off so the same history gives the same schedule everywhere.
import { type Card, type Grade, type State, createEmptyCard, fsrs, generatorParameters } from "ts-fsrs";
import { type RatingValue } from "./rating";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

export type StoredCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

const toFsrs = (c: StoredCard): Card => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as State,
  last_review: c.lastReview ?? undefined,
});

const fromFsrs = (c: Card): StoredCard => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

/** The card after a review rated `rating` at `now`; a question never reviewed starts as a new card. */
export function nextCard(card: StoredCard | null, rating: RatingValue, now: Date): StoredCard {
  const current = card ? toFsrs(card) : createEmptyCard(now);
  return fromFsrs(scheduler.next(current, now, rating as Grade).card);
}

export const STATE_LABELS: Record<number, string> = { 0: "New", 1: "Learning", 2: "Review", 3: "Relearning" };
