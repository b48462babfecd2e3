// Stored coverage (the AnswerFeedback rows) and what readers see of it. Pure: no database here.
//
// A stored result is reused while its engine version and input hash match; otherwise it is
// recomputed on the next read. Bump ENGINE_VERSION whenever the engine's code changes what it
// returns (lib/feedback/coverage.ts, star.ts, system-design.ts, length.ts, text.ts); changes to
// its data (synonyms, refinements, bank statistics, parameters) change the hash by themselves.
import { createHash } from "node:crypto";
import { type Answer, type AnswerFormat } from "@/lib/practice/answer";
import { BANK_STATS } from "./bank-stats";
import {
  type CoverageQuestion,
  type CoverageResult,
  type KeyPointStatus,
  PARAMS,
  answerFields,
} from "./coverage";
import { type KeyPointKind } from "@/lib/questions/key-points";
import { REFINEMENTS } from "./data/refinements";
import { AMBIGUOUS, SYNONYMS } from "./data/synonyms";
import { type LengthVerdict } from "./length";
import { type StarPart } from "./star";
import { type AnswerField, type ComponentId } from "./types";

// 2: key points carry their kind (must-have / bonus) and the suggested score weighs them.
export const ENGINE_VERSION = 2;

let engineDataHash: string | null = null;
/** Fingerprint of the engine's data: a new synonym or a rebuilt bank snapshot recomputes results. */
function engineData(): string {
  engineDataHash ??= createHash("sha256")
    .update(JSON.stringify([SYNONYMS, AMBIGUOUS, REFINEMENTS, PARAMS, BANK_STATS]))
    .digest("hex");
  return engineDataHash;
}

/** What a stored result depends on, hashed: same inputs, same result. */
export function feedbackInputHash(question: CoverageQuestion, answer: Answer): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        ENGINE_VERSION,
        engineData(),
        question.slug,
        question.type,
        question.allocatedMinutes,
        question.keyPoints,
        question.bonusPoints ?? [],
        question.prompt ?? "",
        question.modelAnswer ?? "",
        answer,
      ]),
    )
    .digest("hex");
}

/** A stored row is reused only if the engine and the inputs are the same. */
export const isCurrent = (row: { engineVersion: number; inputHash: string } | null, hash: string) =>
  row !== null && row.engineVersion === ENGINE_VERSION && row.inputHash === hash;

/** What is stored: the result without the sentences' text (the answer holds it). */
export function toStored(result: CoverageResult) {
  return {
    ...result,
    sentences: result.sentences.map(({ text: _text, ...s }) => s),
  };
}
export type StoredCoverage = ReturnType<typeof toStored>;

// -----------------------------------------------------------------------------------------------
// The view: what the panel, the API and the export show.

type EvidenceView = { field: AnswerField; start: number; end: number; text: string };

export type FeedbackView = {
  attemptId: string;
  engineVersion: number;
  computedAt: string;
  format: AnswerFormat;
  words: number;
  counts: Record<KeyPointStatus, number>;
  keyPoints: Array<{
    index: number;
    /** Must-have or bonus (numbered after the must-haves). */
    kind: KeyPointKind;
    keyPoint: string;
    status: KeyPointStatus;
    score: number;
    evidence: EvidenceView[];
    /** The key point's words found in the answer / not found, as the key point writes them. */
    found: string[];
    notFound: string[];
  }>;
  length: LengthVerdict;
  star: {
    parts: Array<{ part: StarPart; status: "present" | "thin" | "missing"; evidence: EvidenceView[] }>;
    quantifiedResult: boolean;
    quantityEvidence: EvidenceView[];
  } | null;
  components: {
    named: number;
    required: number;
    items: Array<{
      id: ComponentId;
      label: string;
      status: "named" | "mentioned" | "missing";
      evidence: EvidenceView[];
    }>;
  } | null;
  suggestedScore: { field: "practicalConsiderations"; value: number };
};

export function feedbackView(
  row: { attemptId: string; engineVersion: number; computedAt: Date; coverage: StoredCoverage },
  answer: Answer,
): FeedbackView {
  const c = row.coverage;
  const texts = new Map(answerFields(answer, c.format).map((f) => [f.field, f.text]));
  const ev = (e: { field: AnswerField; start: number; end: number }): EvidenceView => ({
    field: e.field,
    start: e.start,
    end: e.end,
    text: (texts.get(e.field) ?? "").slice(e.start, e.end),
  });
  return {
    attemptId: row.attemptId,
    engineVersion: row.engineVersion,
    computedAt: row.computedAt.toISOString(),
    format: c.format,
    words: c.words,
    counts: c.counts,
    keyPoints: c.keyPoints.map((k) => ({
      index: k.index,
      kind: k.kind,
      keyPoint: k.keyPoint,
      status: k.status,
      score: k.score,
      evidence: k.evidence.map(ev),
      found: [...new Set(k.matched)],
      // The key point's opening verb ("Audits", "Proposes") is the rubric's wording, not a thing to say.
      notFound: [...new Set(k.missing)].filter((w) => w !== /^[\p{L}]+/u.exec(k.keyPoint)?.[0]),
    })),
    length: c.length,
    star: c.star && {
      parts: c.star.parts.map((p) => ({ part: p.part, status: p.status, evidence: p.evidence.map(ev) })),
      quantifiedResult: c.star.quantifiedResult,
      quantityEvidence: c.star.quantityEvidence.map(ev),
    },
    components: c.components && {
      named: c.components.named,
      required: c.components.required.length,
      items: c.components.components.map((x) => ({
        id: x.id,
        label: x.label,
        status: x.status,
        evidence: x.evidence.map(ev),
      })),
    },
    suggestedScore: c.suggestedScore,
  };
}
