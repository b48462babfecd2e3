// Calibration: the candidate's self-scores against a mentor's scores on the same attempts.
// Gap = self − mentor (positive: the candidate rated themselves higher). Pure.
import {
  DOMAINS,
  EVALUATION_POINTS,
  FOCUS_AREA_DOMAIN,
  type DomainValue,
  type EvaluationPoint,
} from "@/lib/rubric/data";
import { CALIBRATION_FLAG_GAP, CALIBRATION_ITEMS_SHOWN, CALIBRATION_TREND_MIN_ITEMS } from "./data/settings";

type PointScores = Record<EvaluationPoint, number>;

export type CalibrationPair = {
  attemptId: string;
  questionTitle: string;
  focusArea: string;
  mentorName: string;
  reviewedAt: Date;
  self: PointScores;
  mentor: PointScores;
};

export type GapStats = {
  items: number;
  selfMean: number | null;
  mentorMean: number | null;
  /** Mean of self − mentor. */
  gapMean: number | null;
  /** Mean |self − mentor| of the later half of the items minus that of the earlier half: below 0 means converging. Null with too few items. */
  trend: number | null;
  flagged: boolean;
};

type CalibrationItem = {
  attemptId: string;
  questionTitle: string;
  domain: DomainValue | null;
  mentorName: string;
  reviewedAt: string;
  self: number;
  mentor: number;
  gap: number;
  points: { point: EvaluationPoint; self: number; mentor: number; gap: number; flagged: boolean }[];
  flagged: boolean;
};

export type Calibration = {
  overall: GapStats;
  points: ({ point: EvaluationPoint; label: string } & GapStats)[];
  domains: ({ domain: DomainValue; label: string } & GapStats)[];
  /** Newest first, at most `itemsLimit` of them (the statistics use every item). */
  items: CalibrationItem[];
};

const round2 = (x: number) => Math.round(x * 100) / 100;
const rawMean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const mean = (xs: readonly number[]) => (xs.length === 0 ? null : round2(rawMean(xs)));
const avg4 = (s: PointScores) => EVALUATION_POINTS.reduce((a, p) => a + s[p.value], 0) / 4;
export const isFlagged = (gap: number | null) => gap !== null && Math.abs(gap) >= CALIBRATION_FLAG_GAP;

/** Items in time order, as (self, mentor) pairs of one measure. */
export function gapStats(pairs: readonly { self: number; mentor: number }[]): GapStats {
  const gaps = pairs.map((p) => p.self - p.mentor);
  const gapMean = mean(gaps);
  let trend: number | null = null;
  if (pairs.length >= CALIBRATION_TREND_MIN_ITEMS) {
    const half = Math.floor(pairs.length / 2);
    const abs = gaps.map(Math.abs);
    // With an odd count the middle item belongs to neither half.
    trend = round2(rawMean(abs.slice(pairs.length - half)) - rawMean(abs.slice(0, half)));
  }
  return {
    items: pairs.length,
    selfMean: mean(pairs.map((p) => p.self)),
    mentorMean: mean(pairs.map((p) => p.mentor)),
    gapMean,
    trend,
    flagged: isFlagged(gapMean),
  };
}

export function calibration(
  input: readonly CalibrationPair[],
  itemsLimit = CALIBRATION_ITEMS_SHOWN,
): Calibration {
  const pairs = [...input].sort(
    (a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.attemptId < b.attemptId ? -1 : 1),
  );
  const overall = gapStats(pairs.map((p) => ({ self: avg4(p.self), mentor: avg4(p.mentor) })));
  const points = EVALUATION_POINTS.map((e) => ({
    point: e.value,
    label: e.label,
    ...gapStats(pairs.map((p) => ({ self: p.self[e.value], mentor: p.mentor[e.value] }))),
  }));
  const domains = DOMAINS.map((d) => ({
    domain: d.value,
    label: d.label,
    ...gapStats(
      pairs
        .filter((p) => FOCUS_AREA_DOMAIN[p.focusArea] === d.value)
        .map((p) => ({ self: avg4(p.self), mentor: avg4(p.mentor) })),
    ),
  }));
  const items = pairs
    .map((p): CalibrationItem => {
      const self = round2(avg4(p.self));
      const mentor = round2(avg4(p.mentor));
      const pts = EVALUATION_POINTS.map((e) => {
        const gap = p.self[e.value] - p.mentor[e.value];
        return {
          point: e.value,
          self: p.self[e.value],
          mentor: p.mentor[e.value],
          gap,
          flagged: isFlagged(gap),
        };
      });
      const gap = round2(self - mentor);
      return {
        attemptId: p.attemptId,
        questionTitle: p.questionTitle,
        domain: FOCUS_AREA_DOMAIN[p.focusArea] ?? null,
        mentorName: p.mentorName,
        reviewedAt: p.reviewedAt.toISOString(),
        self,
        mentor,
        gap,
        points: pts,
        flagged: isFlagged(gap) || pts.some((x) => x.flagged),
      };
    })
    .reverse()
    .slice(0, itemsLimit);
  return { overall, points, domains, items };
}
