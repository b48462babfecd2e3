// Dashboard windows and thresholds, in one validated place.
import { z } from "zod";

const settingsSchema = z.strictObject({
  /** Weekly series (domain scores, readiness, time practised) cover this many weeks, the current one last. */
  seriesWeeks: z.int().min(4).max(104),
  /** The weakest focus areas are ranked on scores from this many recent days. */
  weakestWindowDays: z.int().min(7),
  /** How many weakest areas to show, and questions to suggest for each. */
  weakestCount: z.int().min(1),
  questionsPerArea: z.int().min(1),
  /** The activity heatmap shows this many weeks, the current one last. */
  heatmapWeeks: z.int().min(4).max(60),
  /** Heatmap intensity: a day with at least `levels[i]` activities gets level i + 1. */
  heatmapLevels: z.array(z.int().min(1)).length(4),
});

export const PROGRESS_SETTINGS = settingsSchema.parse({
  seriesWeeks: 26,
  weakestWindowDays: 90,
  weakestCount: 3,
  questionsPerArea: 3,
  heatmapWeeks: 53,
  heatmapLevels: [1, 2, 4, 7],
});

/**
 * The sources of the score series, in display order. Each is one entry here and one loader
 * in `load.scores` (lib/progress/context.ts) returning its `ScoreCell` rows; the domain
 * charts, the readiness mean and the tables follow this list.
 */
export const SCORE_SERIES = [
  { key: "self", label: "Self-assessment" },
  { key: "practice", label: "Practice self-scores" },
  { key: "mock", label: "Mock interviews" },
  { key: "mentor", label: "Mentor scores" },
  /** Scores of AI reviews (lib/ai), the newest per answer, in the week of the review; hidden on the dashboard while there are none. */
  { key: "ai", label: "AI reviews" },
] as const;

export type SeriesKey = (typeof SCORE_SERIES)[number]["key"];
