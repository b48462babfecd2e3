// The AI review's structured result: the JSON schema sent as the response format, the zod
// schema every reply must pass (whatever the server claims to support), and the parsing of a
// reply's text. Pure. Scores and the band are never taken on trust: the band is computed here
// from the four scores, and evidence quotes that are not in the answer are dropped.
import { z } from "zod";
import { SCORE_FIELDS, type ScoreField } from "@/lib/practice/data/evaluation";
import { bandValue } from "@/lib/rubric/scores";
import { type BandValue } from "@/lib/rubric/data";

const VERDICTS = ["covered", "partly", "missing"] as const;
type Verdict = (typeof VERDICTS)[number];

const line = (max: number) => z.string().trim().min(1).max(max);
const pointScore = z.strictObject({ score: z.int().min(0).max(10), reason: line(400) });

const replySchema = z.strictObject({
  scores: z.strictObject(Object.fromEntries(SCORE_FIELDS.map((f) => [f, pointScore])) as Record<ScoreField, typeof pointScore>),
  keyPoints: z
    .array(
      z.strictObject({
        index: z.int().min(0),
        verdict: z.enum(VERDICTS),
        evidence: z.array(z.string().trim().max(400)).max(5),
      }),
    )
    .max(20),
  improvements: z.array(line(400)).min(1).max(3),
  summary: line(1200),
});


export type KeyPointVerdict = { index: number; verdict: Verdict; evidence: string[] };

/** A validated review, ready to store. */
export type ReviewResult = {
  scores: Record<ScoreField, { score: number; reason: string }>;
  keyPoints: KeyPointVerdict[];
  improvements: string[];
  summary: string;
  band: BandValue;
};

/** The response format for servers that support structured output (OpenAI "strict" subset: no numeric bounds). */
export const RESPONSE_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["scores", "keyPoints", "improvements", "summary"],
  properties: {
    scores: {
      type: "object",
      additionalProperties: false,
      required: [...SCORE_FIELDS],
      properties: Object.fromEntries(
        SCORE_FIELDS.map((f) => [
          f,
          {
            type: "object",
            additionalProperties: false,
            required: ["score", "reason"],
            properties: { score: { type: "integer" }, reason: { type: "string" } },
          },
        ]),
      ),
    },
    keyPoints: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["index", "verdict", "evidence"],
        properties: {
          index: { type: "integer" },
          verdict: { type: "string", enum: [...VERDICTS] },
          evidence: { type: "array", items: { type: "string" } },
        },
      },
    },
    improvements: { type: "array", items: { type: "string" } },
    summary: { type: "string" },
  },
} as const;

const squash = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
/** Quotes models add around a quote; stripped before the answer is searched. */
const unquote = (s: string) => s.replace(/^["'“”‘’`…]+|["'“”‘’`…]+$/g, "").trim();

/** The mean of the four scores on the guide's scale (exact quarters). */
export const meanScore = (scores: ReviewResult["scores"]) => SCORE_FIELDS.reduce((a, f) => a + scores[f].score, 0) / 4;

/** The JSON object in a reply: the whole text, or the text inside a Markdown fence or between the outer braces. */
function jsonText(text: string): string {
  const t = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(t);
  if (fenced) return fenced[1]!;
  if (t.startsWith("{")) return t;
  const start = t.indexOf("{");
  const end = t.lastIndexOf("}");
  return start >= 0 && end > start ? t.slice(start, end + 1) : t;
}

type ParseOutcome = { ok: true; review: ReviewResult } | { ok: false; problem: string };

/**
 * Parses and validates a reply for a question with `keyPointCount` key points: one verdict per
 * key point (indices 0 … n−1, each once, returned in order); evidence kept only when the quote
 * appears in the answer (ignoring case and white space), and never for a "missing" point.
 */
export function parseReply(text: string, keyPointCount: number, answer: string): ParseOutcome {
  let data: unknown;
  try {
    data = JSON.parse(jsonText(text));
  } catch {
    return { ok: false, problem: "the reply is not JSON" };
  }
  const parsed = replySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join(".") || "reply"}: ${issue.message}` };
  }
  const r = parsed.data;
  const indices = r.keyPoints.map((k) => k.index).sort((a, b) => a - b);
  if (indices.length !== keyPointCount || indices.some((v, i) => v !== i)) {
    return { ok: false, problem: `keyPoints: expected one verdict for each of the ${keyPointCount} key points (indices 0-${keyPointCount - 1})` };
  }
  const haystack = squash(answer);
  const keyPoints = [...r.keyPoints]
    .sort((a, b) => a.index - b.index)
    .map((k) => ({
      index: k.index,
      verdict: k.verdict,
      evidence:
        k.verdict === "missing"
          ? []
          : [...new Set(k.evidence.map(unquote).filter((q) => q.length > 0 && haystack.includes(squash(q))))].slice(0, 3),
    }));
  const scores = r.scores;
  return {
    ok: true,
    review: { scores, keyPoints, improvements: r.improvements, summary: r.summary, band: bandValue(meanScore(scores)) },
  };
}
