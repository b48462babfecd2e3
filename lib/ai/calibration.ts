// Three voices on one rubric: for every answer with an AI review, the candidate's self-scores
// and the mentors' scores (when there are any) beside the AI's, per evaluation point and per
// rubric domain. Gaps are measured against the AI (self − AI, mentor − AI); a mean gap of
// CALIBRATION_FLAG_GAP (2) or more either way is flagged, as in the self-vs-mentor view. Pure.
import { type GapStats, gapStats, isFlagged } from "@/lib/mentors/calibration";
import { DOMAINS, EVALUATION_POINTS, FOCUS_AREA_DOMAIN, type DomainValue, type EvaluationPoint } from "@/lib/rubric/data";

export type PointScores = Record<EvaluationPoint, number>;

export type VoicesInput = {
  attemptId: string;
  questionTitle: string;
  focusArea: string;
  /** When the (newest) AI review was made. */
  reviewedAt: Date;
  ai: PointScores;
  self: PointScores | null;
  /** The mean of the mentors' reviews of the answer, per point; null without any. */
  mentor: PointScores | null;
};

type Measure = { ai: number | null; items: number; selfVsAi: GapStats; mentorVsAi: GapStats };

export type VoicesRow = { key: string; label: string } & Measure;

type VoicesItem = {
  attemptId: string;
  questionTitle: string;
  domain: DomainValue | null;
  reviewedAt: string;
  points: { point: EvaluationPoint; self: number | null; mentor: number | null; ai: number; flagged: boolean }[];
  flagged: boolean;
};

export type Voices = { items: number; points: VoicesRow[]; domains: VoicesRow[]; answers: VoicesItem[] };

const round2 = (x: number) => Math.round(x * 100) / 100;
const avg4 = (s: PointScores) => EVALUATION_POINTS.reduce((a, p) => a + s[p.value], 0) / 4;
const meanOf = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

function measure(rows: readonly VoicesInput[], pick: (s: PointScores) => number): Measure {
  return {
    items: rows.length,
    ai: meanOf(rows.map((r) => pick(r.ai))),
    // gapStats names its pair (self, mentor): here "mentor" is the AI's score, the reference.
    selfVsAi: gapStats(rows.flatMap((r) => (r.self ? [{ self: pick(r.self), mentor: pick(r.ai) }] : []))),
    mentorVsAi: gapStats(rows.flatMap((r) => (r.mentor ? [{ self: pick(r.mentor), mentor: pick(r.ai) }] : []))),
  };
}

export function threeVoices(input: readonly VoicesInput[], itemsLimit = 50): Voices {
  const rows = [...input].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.attemptId < b.attemptId ? -1 : 1));
  const points = EVALUATION_POINTS.map((e) => ({ key: e.value, label: e.label, ...measure(rows, (s) => s[e.value]) }));
  const domains = DOMAINS.map((d) => ({
    key: d.value,
    label: d.label,
    ...measure(
      rows.filter((r) => FOCUS_AREA_DOMAIN[r.focusArea] === d.value),
      avg4,
    ),
  }));
  const answers = rows
    .map((r): VoicesItem => {
      const pts = EVALUATION_POINTS.map((e) => {
        const ai = r.ai[e.value];
        const self = r.self ? r.self[e.value] : null;
        const mentor = r.mentor ? round2(r.mentor[e.value]) : null;
        const flagged = (self !== null && isFlagged(self - ai)) || (mentor !== null && isFlagged(mentor - ai));
        return { point: e.value, self, mentor, ai, flagged };
      });
      return {
        attemptId: r.attemptId,
        questionTitle: r.questionTitle,
        domain: FOCUS_AREA_DOMAIN[r.focusArea] ?? null,
        reviewedAt: r.reviewedAt.toISOString(),
        points: pts,
        flagged: pts.some((p) => p.flagged),
      };
    })
    .reverse()
    .slice(0, itemsLimit);
  return { items: rows.length, points, domains, answers };
}
