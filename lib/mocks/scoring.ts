// The report's arithmetic: per-question scores, per-session and per-domain averages, the
// overall score and its band. Pure. A question's score is the mean of its four evaluation
// points (a multiple of 0.25, exact); averages are means of question scores rounded to two
// decimals by the rubric's `mean`; the band is read from the overall score shown.
import { DOMAINS, FOCUS_AREA_DOMAIN, type DomainValue } from "@/lib/rubric/data";
import { type Band, bandFor, mean } from "@/lib/rubric/scores";

export type PointScores = {
  technicalAccuracy: number;
  communicationClarity: number;
  problemSolving: number;
  practicalConsiderations: number;
};

type ScoredSlot = {
  slot: number;
  sessionIndex: number;
  focusArea: string;
  scores: PointScores | null;
  /** Nothing written: not scored and not counted as answered, even if scores were stored. */
  blank?: boolean;
};

/** Mean of the four evaluation points: (8 + 7 + 7 + 6) / 4 = 7. */
export function questionScore(s: PointScores): number {
  return (s.technicalAccuracy + s.communicationClarity + s.problemSolving + s.practicalConsiderations) / 4;
}

export type ReportScores = {
  perQuestion: { slot: number; score: number | null }[];
  perSession: { sessionIndex: number; average: number | null; scored: number; answered: number; total: number }[];
  perDomain: { domain: DomainValue; label: string; average: number | null; scored: number }[];
  overall: number | null;
  band: Band | null;
  scored: number;
  /** Questions with something written (blank answers are not answered). */
  answered: number;
  /** Questions reached. */
  total: number;
};

export function reportScores(slots: readonly ScoredSlot[]): ReportScores {
  const perQuestion = slots.map((s) => ({ slot: s.slot, score: s.scores && !s.blank ? questionScore(s.scores) : null }));
  const answeredWhere = (pred: (s: ScoredSlot) => boolean) => slots.filter((s) => pred(s) && !s.blank).length;
  const scoreOf = new Map(perQuestion.map((q) => [q.slot, q.score]));
  const scoresWhere = (pred: (s: ScoredSlot) => boolean) =>
    slots.filter(pred).map((s) => scoreOf.get(s.slot)).filter((x): x is number => x !== null && x !== undefined);

  const sessions = [...new Set(slots.map((s) => s.sessionIndex))].sort((a, b) => a - b);
  const perSession = sessions.map((sessionIndex) => {
    const values = scoresWhere((s) => s.sessionIndex === sessionIndex);
    return {
      sessionIndex,
      average: mean(values),
      scored: values.length,
      answered: answeredWhere((s) => s.sessionIndex === sessionIndex),
      total: slots.filter((s) => s.sessionIndex === sessionIndex).length,
    };
  });
  const perDomain = DOMAINS.map((d) => {
    const values = scoresWhere((s) => FOCUS_AREA_DOMAIN[s.focusArea] === d.value);
    return { domain: d.value, label: d.label, average: mean(values), scored: values.length };
  }).filter((d) => slots.some((s) => FOCUS_AREA_DOMAIN[s.focusArea] === d.domain));
  const all = scoresWhere(() => true);
  const overall = mean(all);
  return { perQuestion, perSession, perDomain, overall, band: overall === null ? null : bandFor(overall), scored: all.length, answered: answeredWhere(() => true), total: slots.length };
}
