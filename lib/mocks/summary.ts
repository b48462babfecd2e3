// The overall score and band of a mock from its answers' stored scores. Pure.
import { type PointScores, questionScore } from "./scoring";
import { bandFor, mean } from "@/lib/rubric/scores";

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * Overall = mean of the scored questions' scores (2 decimals); band from it; null when none is
 * scored. Blank answers are never scored (scores stored on one before that rule are ignored).
 */
export function summarise(attempts: readonly (Nullable<PointScores> & { blank?: boolean })[]) {
  const scores = attempts
    .filter((a): a is PointScores => !a.blank && a.technicalAccuracy !== null && a.communicationClarity !== null && a.problemSolving !== null && a.practicalConsiderations !== null)
    .map(questionScore);
  const overall = mean(scores);
  return { overall, band: overall === null ? null : bandFor(overall).value, scored: scores.length };
}
