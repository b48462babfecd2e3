// Key-point coverage of one answer: for each key point of the question, covered / partly /
// missing, a score and the answer's sentences that count as evidence. Offline, deterministic.
// It checks coverage, not correctness. Method and numbers: docs/decisions/0015-key-point-coverage.md.
import { type Answer, type AnswerFormat, STAR_FIELDS } from "@/lib/practice/answer";
import { type KeyPointKind, weighCoverage } from "@/lib/questions/key-points";
import { BANK_STATS, type BankStats, contextConcepts, idf } from "./bank-stats";
import { REFINEMENTS } from "./data/refinements";
import { type LengthVerdict, lengthVerdict, countWords } from "./length";
import { type StarAnalysis, analyseStar } from "./star";
import { type ComponentAnalysis, analyseComponents } from "./system-design";
import { type Token, resolveAmbiguous, termsOf, tokenize } from "./text";
import type { AnswerField, Evidence, Sentence, Unit } from "./types";

export type CoverageQuestion = {
  slug: string;
  type: string;
  /** Must-have key points. */
  keyPoints: readonly string[];
  /** Bonus key points, analysed after the must-haves and numbered after them (lib/questions/key-points.ts). */
  bonusPoints?: readonly string[];
  allocatedMinutes: number;
  prompt?: string;
  modelAnswer?: string;
};

export type KeyPointStatus = "covered" | "partly" | "missing";

type KeyPointResult = {
  index: number;
  /** A must-have or a bonus point: they weigh differently in the suggested score. */
  kind: KeyPointKind;
  keyPoint: string;
  status: KeyPointStatus;
  /** Share of the key point's IDF-weighted terms found in the best evidence, 0-1. */
  score: number;
  evidence: Evidence[];
  /** Key-point words found / not found (as written in the key point), heaviest first. */
  matched: string[];
  missing: string[];
};

type SuggestedScore = { field: "practicalConsiderations"; value: number };

export type CoverageResult = {
  version: 1;
  format: AnswerFormat;
  words: number;
  sentences: Sentence[];
  keyPoints: KeyPointResult[];
  counts: Record<KeyPointStatus, number>;
  length: LengthVerdict;
  star: StarAnalysis | null;
  components: ComponentAnalysis | null;
  suggestedScore: SuggestedScore;
};

/** The method's parameters. Chosen on the tuning half of the evaluation set only. */
export const PARAMS = {
  /** score ≥ covered → covered (and the evidence must include an explanatory sentence). */
  covered: 0.35,
  /** score ≥ partly → partly. */
  partly: 0.15,
  /** Weight of a term matched only in a list-like sentence. */
  listFactor: 0.5,
  /** Weight of key-point terms inside parentheses or after "e.g." / "such as" (illustrations). */
  exampleWeight: 0.6,
  /** Largest window of consecutive sentences (prose) / lines (code) read as one piece of evidence. */
  window: 3,
  codeWindow: 6,
  /** Credit for terms spread over the whole answer, relative to a window. */
  globalFactor: 0.85,
  /** Credit for a near match (same stem prefix, e.g. fail / failur). */
  prefixMatch: 0.8,
  /** "covered" needs at least half of the matched weight to come from explanatory (not list-like) sentences. */
  requireExplanation: true,
  synonyms: true,
};
export type Params = typeof PARAMS;

// -----------------------------------------------------------------------------------------------
// Key points → weighted query terms (cached per question).

/** Rubric verbs that open a key point ("Explains …") and never appear in answers as such. */
const RUBRIC_VERBS = new Set([
  "describes",
  "explains",
  "states",
  "names",
  "mentions",
  "notes",
  "shows",
  "identifies",
  "recognises",
  "recognizes",
  "gives",
  "covers",
  "discusses",
  "insists",
  "knows",
  "provides",
  "cites",
  "lists",
  "demonstrates",
  "articulates",
]);
const EXAMPLE_OPENERS = [["e.g."], ["eg"], ["for", "example"], ["for", "instance"], ["such", "as"]];

type QueryTerm = { term: string; weight: number; surface: string };
type PreparedKeyPoint = { text: string; terms: QueryTerm[]; total: number };
type PreparedQuestion = { keyPoints: PreparedKeyPoint[]; ambiguous: ReadonlyMap<string, string> };

const prepared = new Map<string, PreparedQuestion>();

function prepareQuestion(q: CoverageQuestion, params: Params, stats: BankStats): PreparedQuestion {
  const key = JSON.stringify([
    q.slug,
    q.keyPoints,
    q.prompt ?? "",
    (q.modelAnswer ?? "").length,
    params.exampleWeight,
    params.synonyms,
    stats.documents,
  ]);
  const hit = prepared.get(key);
  if (hit) return hit;
  const ambiguous = params.synonyms
    ? resolveAmbiguous(contextConcepts([q.prompt ?? "", q.modelAnswer ?? "", ...q.keyPoints]))
    : new Map<string, string>();
  const refinement = REFINEMENTS[q.slug]?.keyPoints ?? {};
  const keyPoints = q.keyPoints.map((text, i) => {
    const terms = keyPointTerms(text, ambiguous, params, stats);
    for (const extra of refinement[i]?.terms ?? []) {
      for (const t of keyPointTerms(extra, ambiguous, params, stats)) {
        const old = terms.find((x) => x.term === t.term);
        if (!old) terms.push(t);
      }
    }
    terms.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
    return { text, terms, total: terms.reduce((s, t) => s + t.weight, 0) };
  });
  const result = { keyPoints, ambiguous };
  if (prepared.size > 1000) prepared.clear();
  prepared.set(key, result);
  return result;
}

function keyPointTerms(
  text: string,
  ambiguous: ReadonlyMap<string, string>,
  params: Params,
  stats: BankStats,
): QueryTerm[] {
  const { tokens } = tokenize(text);
  // Regions: inside parentheses, or from "e.g."/"such as" to the end of the clause, are illustrations.
  const example: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let depth = 0;
  let exampleClause = false;
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!.value.toLowerCase();
    if (v === "(") depth++;
    if (v === ";" || (v === ")" && depth <= 1)) exampleClause = false;
    if (EXAMPLE_OPENERS.some((seq) => seq.every((w, k) => tokens[i + k]?.value.toLowerCase() === w)))
      exampleClause = true;
    example[i] = depth > 0 || exampleClause;
    if (v === ")") depth = Math.max(0, depth - 1);
  }
  const skip = (i: number) => {
    const t = tokens[i]!;
    const firstWord = tokens.findIndex((x) => x.type === "word");
    return RUBRIC_VERBS.has(t.value.toLowerCase()) && (i === firstWord || t.pos === "VERB");
  };
  const collect = (keepStopWords: boolean) => {
    const out = new Map<string, QueryTerm>();
    // Terms are read run by run so that phrases never straddle an example boundary.
    let from = 0;
    for (let i = 1; i <= tokens.length; i++) {
      if (i < tokens.length && example[i] === example[from]) continue;
      const hits = termsOf(tokens, from, i, {
        side: "query",
        ambiguous,
        keepStopWords,
        noSynonyms: !params.synonyms,
      });
      for (const h of hits) {
        if (skip(h.token)) continue;
        const w = idf(stats, h.term) * (example[from] ? params.exampleWeight : 1);
        const old = out.get(h.term);
        if (!old || old.weight < w) out.set(h.term, { term: h.term, weight: w, surface: h.surface });
      }
      from = i;
    }
    return [...out.values()];
  };
  const terms = collect(false);
  // A key point made only of stop words is still matched, on its stop words.
  return terms.length ? terms : collect(true);
}

// -----------------------------------------------------------------------------------------------
// Answer → sentences with terms.

export function answerFields(
  answer: Answer,
  format: AnswerFormat,
): Array<{ field: AnswerField; text: string }> {
  if (format === "STAR") {
    const a = answer as Record<string, string>;
    return STAR_FIELDS.map((f) => ({ field: f.key, text: a[f.key] ?? "" }));
  }
  if (format === "CODE") return [{ field: "code", text: (answer as { code: string }).code }];
  return [{ field: "text", text: (answer as { text: string }).text }];
}

const SEPARATORS = new Set([",", ";", "/", "|", "·", "•"]);

function isListLike(tokens: readonly Token[], from: number, to: number): boolean {
  let content = 0;
  let separators = 0;
  let verb = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (SEPARATORS.has(t.value)) separators++;
    if (t.pos === "VERB" || t.pos === "AUX") verb = true;
    if ((t.type === "word" || t.type === "number") && !t.stop) content++;
  }
  if (content === 0) return false; // only stop words: not a term list (and no content to match)
  const segments = separators + 1;
  return !verb || (segments >= 3 && content / segments <= 2.5);
}

function unitsOf(
  fields: Array<{ field: AnswerField; text: string }>,
  params: Params,
  ambiguous: ReadonlyMap<string, string>,
): Unit[] {
  const units: Unit[] = [];
  for (const { field, text } of fields) {
    if (!text.trim()) continue;
    const isCodeField = field === "code";
    const { tokens, sentenceSpans } = tokenize(text);
    // Boundaries: wink sentences (prose only), and every line break.
    const breaks = new Set<number>();
    // A wink boundary inside a token run with no space ("model.eval()") is not a sentence end.
    if (!isCodeField)
      for (const [, end] of sentenceSpans) {
        const next = tokens[end + 1];
        if (next && next.start > tokens[end]!.end) breaks.add(end + 1);
      }
    tokens.forEach((t, i) => {
      if (t.type === "tabCRLF" && t.value.includes("\n")) breaks.add(i);
    });
    let from = 0;
    const flush = (to: number) => {
      const words = [];
      for (let i = from; i < to; i++) if (tokens[i]!.type !== "tabCRLF") words.push(i);
      from = to;
      if (!words.some((i) => /[\p{L}\p{N}]/u.test(tokens[i]!.value))) return;
      const first = words[0]!;
      const last = words.at(-1)!;
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const line = text.slice(start, end);
      const comment = /^\s*(#|\/\/)/.test(line);
      const isCode = isCodeField && !comment;
      // Stop words are kept on the answer side: they only ever match a key point made of nothing else.
      const terms = new Set(
        termsOf(tokens, first, last + 1, {
          side: "answer",
          ambiguous,
          keepStopWords: true,
          noSynonyms: !params.synonyms,
        }).map((h) => h.term),
      );
      units.push({
        index: units.length,
        field,
        start,
        end,
        text: line,
        listLike: isCode ? false : isListLike(tokens, first, last + 1),
        terms,
        prefixes: prefixesOf(terms),
        isCode,
      });
    };
    for (let i = 0; i < tokens.length; i++) {
      if (breaks.has(i)) flush(i);
    }
    flush(tokens.length);
  }
  return units;
}

// -----------------------------------------------------------------------------------------------
// Matching.

/** Near match: one stem is a prefix of the other, at least 4 letters, at most 3 letters apart. */
const nearMatchable = (t: string) => t.length >= 4 && !t.startsWith("=") && !/\d/.test(t);

function prefixesOf(terms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const a of terms) {
    if (!nearMatchable(a)) continue;
    for (let len = Math.max(4, a.length - 3); len < a.length; len++) out.add(a.slice(0, len));
  }
  return out;
}

function matchValue(term: string, unit: Unit, params: Params): number {
  if (unit.terms.has(term)) return 1;
  if (!nearMatchable(term)) return 0;
  if (unit.prefixes.has(term)) return params.prefixMatch;
  for (let len = Math.max(4, term.length - 3); len < term.length; len++)
    if (unit.terms.has(term.slice(0, len))) return params.prefixMatch;
  return 0;
}

function scoreKeyPoint(
  kp: PreparedKeyPoint,
  index: number,
  kind: KeyPointKind,
  units: readonly Unit[],
  params: Params,
): KeyPointResult {
  const n = kp.terms.length;
  const base: KeyPointResult = {
    index,
    kind,
    keyPoint: kp.text,
    status: "missing",
    score: 0,
    evidence: [],
    matched: [],
    missing: kp.terms.map((t) => t.surface),
  };
  if (n === 0 || units.length === 0 || kp.total <= 0) return base;
  // m[u][j]: how well unit u carries term j, already discounted for list-like units.
  const m = units.map((u) => {
    const f = u.listLike ? params.listFactor : 1;
    return kp.terms.map((t) => matchValue(t.term, u, params) * f);
  });
  let best = { value: 0, units: [] as number[], global: false };
  for (let s = 0; s < units.length; s++) {
    const limit = units[s]!.field === "code" ? params.codeWindow : params.window;
    const acc = new Array<number>(n).fill(0);
    for (let e = s; e < units.length && e - s < limit && units[e]!.field === units[s]!.field; e++) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        acc[j] = Math.max(acc[j]!, m[e]![j]!);
        sum += acc[j]! * kp.terms[j]!.weight;
      }
      const value = sum / kp.total;
      if (value > best.value + 1e-12) best = { value, units: range(s, e), global: false };
    }
  }
  // The whole answer as one piece of evidence, discounted.
  const globalAcc = kp.terms.map((_, j) => Math.max(...m.map((row) => row[j]!)));
  const globalValue =
    (params.globalFactor * globalAcc.reduce((s, v, j) => s + v * kp.terms[j]!.weight, 0)) / kp.total;
  if (globalValue > best.value + 1e-12)
    best = { value: globalValue, units: units.map((u) => u.index), global: true };

  // Evidence: the units of the best window that supply a matched term, at most four, heaviest first.
  const contribution = new Map<number, number>();
  const matchedTerms = new Set<number>();
  for (let j = 0; j < n; j++) {
    let bestU = -1;
    let bestV = 0;
    for (const u of best.units) {
      if (m[u]![j]! > bestV) {
        bestV = m[u]![j]!;
        bestU = u;
      }
    }
    if (bestU >= 0) {
      matchedTerms.add(j);
      contribution.set(bestU, (contribution.get(bestU) ?? 0) + bestV * kp.terms[j]!.weight);
    }
  }
  const evidenceUnits = [...contribution.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, best.global ? 4 : params.codeWindow)
    .map(([u]) => u)
    .sort((a, b) => a - b);
  const score = Math.round(best.value * 1000) / 1000;
  let fromProse = 0;
  let fromAll = 0;
  for (const [u, w] of contribution) {
    fromAll += w;
    if (!units[u]!.listLike) fromProse += w;
  }
  const explained = !params.requireExplanation || (fromAll > 0 && fromProse >= 0.5 * fromAll);
  const status: KeyPointStatus =
    score >= params.covered && explained ? "covered" : score >= params.partly ? "partly" : "missing";
  return {
    index,
    kind,
    keyPoint: kp.text,
    status,
    score,
    evidence:
      status === "missing"
        ? []
        : evidenceUnits.map((u) => ({
            sentence: u,
            field: units[u]!.field,
            start: units[u]!.start,
            end: units[u]!.end,
          })),
    matched: kp.terms.filter((_, j) => matchedTerms.has(j)).map((t) => t.surface),
    missing: kp.terms.filter((_, j) => !matchedTerms.has(j)).map((t) => t.surface),
  };
}

/** The stored answer format, from the answer's shape (the shapes of lib/practice/answer.ts are disjoint). */
function shapeOf(answer: Answer): AnswerFormat | null {
  const a = answer as Record<string, unknown>;
  const keys = Object.keys(a).sort().join(",");
  const strings = Object.values(a).every((v) => typeof v === "string");
  if (!strings) return null;
  if (keys === "text") return "MARKDOWN";
  if (keys === "code") return "CODE";
  if (keys === "action,result,situation,task") return "STAR";
  return null;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// -----------------------------------------------------------------------------------------------

/**
 * Suggested 0-10 score for the completeness-type evaluation point: covered 1, partly ½, missing 0,
 * weighed by lib/questions/key-points.ts (must-haves share 8 of 10 and bonus points 2 when the
 * question has bonus points; otherwise the must-haves carry all 10). `statuses` lists the
 * must-haves first, then the `bonusCount` bonus points.
 */
export function suggestedScore(statuses: readonly KeyPointStatus[], bonusCount = 0): number {
  if (statuses.length === 0) return 0;
  const placeholders = (n: number) => Array.from({ length: n }, () => "");
  return weighCoverage(
    { keyPoints: placeholders(statuses.length - bonusCount), bonusPoints: placeholders(bonusCount) },
    statuses,
  ).score;
}

export function analyseAnswer(
  question: CoverageQuestion,
  answer: Answer,
  options: { params?: Partial<Params>; stats?: BankStats } = {},
): CoverageResult {
  const params: Params = { ...PARAMS, ...options.params };
  const stats = options.stats ?? BANK_STATS;
  const format = shapeOf(answer);
  if (!format) throw new TypeError("analyseAnswer: the answer has none of the stored answer shapes");
  const bonusPoints = question.bonusPoints ?? [];
  // Must-haves then bonus points, analysed alike; the kind only changes how they weigh.
  const q = prepareQuestion({ ...question, keyPoints: [...question.keyPoints, ...bonusPoints] }, params, stats);
  const fields = answerFields(answer, format);
  const units = unitsOf(fields, params, q.ambiguous);
  const keyPoints = q.keyPoints.map((kp, i) => scoreKeyPoint(kp, i, i < question.keyPoints.length ? "must" : "bonus", units, params));
  const counts = { covered: 0, partly: 0, missing: 0 };
  for (const k of keyPoints) counts[k.status]++;
  const words = fields.reduce((s, f) => s + countWords(f.text), 0);
  const sentences: Sentence[] = units.map(({ index, field, start, end, text, listLike }) => ({
    index,
    field,
    start,
    end,
    text,
    listLike,
  }));
  return {
    version: 1,
    format,
    words,
    sentences,
    keyPoints,
    counts,
    length: lengthVerdict(words, question.allocatedMinutes),
    star: question.type === "behavioural" ? analyseStar(format, fields, units) : null,
    components: question.type === "system-design" ? analyseComponents(question.slug, units) : null,
    suggestedScore: {
      field: "practicalConsiderations",
      value: suggestedScore(
        keyPoints.map((k) => k.status),
        bonusPoints.length,
      ),
    },
  };
}

