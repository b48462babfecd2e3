// Self-scores → FSRS rating, and attempt totals. Integer arithmetic only: the four scores
// are whole numbers 0-10, so their sum (0-40) decides everything without float drift.
// The mapping is recorded in docs/decisions/0006-practice-timer-autosave-fsrs.md.
import { SCORE_FIELDS, type ScoreField } from "./data/evaluation";

export type Scores = Record<ScoreField, number>;

/** FSRS grades as ts-fsrs numbers them. */
export const RATING = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type RatingValue = (typeof RATING)[keyof typeof RATING];
export const RATING_LABELS: Record<RatingValue, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** The four scores of a row (an attempt, a review), or null while any of them is unset. */
export function scoresOf(row: Record<ScoreField, number>): Scores;
export function scoresOf(row: Record<ScoreField, number | null>): Scores | null;
export function scoresOf(row: Record<ScoreField, number | null>): Scores | null {
  const { technicalAccuracy, communicationClarity, problemSolving, practicalConsiderations } = row;
  if (technicalAccuracy === null || communicationClarity === null || problemSolving === null || practicalConsiderations === null) return null;
  return { technicalAccuracy, communicationClarity, problemSolving, practicalConsiderations };
}

export function scoreSum(scores: Scores): number {
  return SCORE_FIELDS.reduce((sum, f) => sum + scores[f], 0);
}

/** The mean of the four scores in tenths (0-100), rounded half up: 7.25 → 73 (7.3). */
export function averageTenths(scores: Scores): number {
  // mean × 10 = sum × 10 / 4 = sum × 5 / 2; round half up in integers.
  return Math.floor((scoreSum(scores) * 5 + 1) / 2);
}

/**
 * The guide's performance thresholds drive the rating, on the exact mean (sum / 4):
 * at least 8.5 (sum ≥ 34) Easy; at least 7 (sum ≥ 28) Good; at least 5.5 (sum ≥ 22) Hard;
 * below 5.5 (Needs improvement) Again — the question comes back soon.
 */
export function ratingFromScores(scores: Scores): RatingValue {
  const sum = scoreSum(scores);
  if (sum >= 34) return RATING.Easy;
  if (sum >= 28) return RATING.Good;
  if (sum >= 22) return RATING.Hard;
  return RATING.Again;
}

/** Micro-quiz: "knew it" is Good, "missed it" is Again. */
export function ratingFromQuiz(knew: boolean): RatingValue {
  return knew ? RATING.Good : RATING.Again;
}

/** Share of key points covered, as a whole percentage rounded down (0 when there are none). */
export function keyPointCoveragePercent(covered: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((Math.min(covered, total) * 100) / total);
}
