// Behavioural answers: which STAR parts are present, and whether the result is quantified.
// With the structured STAR fields (the app's behavioural editor) the parts are the fields; for a
// free-text answer they are found from explicit labels ("**Situation:**", "## Result"), or else
// from cue phrases sentence by sentence.
import type { AnswerFormat } from "@/lib/practice/answer";
import type { AnswerField, Evidence, Unit } from "./types";

export type StarPart = "situation" | "task" | "action" | "result";
const STAR_PARTS: readonly StarPart[] = ["situation", "task", "action", "result"];

type StarPartResult = {
  part: StarPart;
  /** present: ≥ 8 words; thin: 1-7 words (a fragment such as "Fix it."); missing: nothing. */
  status: "present" | "thin" | "missing";
  evidence: Evidence[];
};

export type StarAnalysis = {
  source: "fields" | "labels" | "cues";
  parts: StarPartResult[];
  /** The result states a number: a percentage, money, a duration, a count or a multiple. */
  quantifiedResult: boolean;
  quantityEvidence: Evidence[];
};

const STAR_MIN_WORDS = 8;

const CUES: Record<StarPart, RegExp> = {
  situation:
    /\b(at (my|a|an|our|the) (previous |last |current |former )?(company|job|team|startup|employer|bank|firm)|last (year|quarter|month)|when I was|in my (previous|last|current|first) (role|job|team)|we had (a|an)|there was (a|an)|the context)\b/i,
  task: /\b(my (job|task|goal|role|responsibility|mandate) (was|is)|I was (asked|responsible|tasked|expected)|I needed to|I had to|the goal was|we needed to|I owned)\b/i,
  action:
    /\bI (first |then |also )?(\w+ed|built|wrote|made|led|ran|set|took|chose|found|drove|proposed|decided|met|spoke|went|got|put|sat|brought|began|began|kept|split|shipped|dug|rebuilt|sent|told|asked)\b/i,
  result:
    /\b(as a result|result(ed)?|outcome|led to|ended up|in the end|since then|afterwards|which (cut|reduced|improved|increased|saved)|(reduced|improved|increased|cut|saved|grew|halved|doubled) (the |our |it |by )?)/i,
};
const LABEL = /^\W*(situation|task|action|actions|result|results)\b\W*/i;

const QUANTITY =
  /(\d[\d,.]*\s?(%|percent|pp\b|x\b|×|k\b|m\b|bn\b|ms\b|s\b)|[$£€¥]\s?\d|\d[\d,.]*\s?(million|billion|thousand|seconds?|minutes?|hours?|days?|weeks?|months?|years?|points?|people|users|customers|applicants|records|requests|tickets|incidents)|\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\s+(percent|times|days|weeks|months|years|hours|minutes|points)\b|\b(halved|doubled|tripled|twice|tenfold)\b)/i;

const ev = (u: Unit): Evidence => ({ sentence: u.index, field: u.field, start: u.start, end: u.end });
const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
const statusOf = (n: number): StarPartResult["status"] =>
  n >= STAR_MIN_WORDS ? "present" : n > 0 ? "thin" : "missing";

export function analyseStar(
  format: AnswerFormat,
  fields: ReadonlyArray<{ field: AnswerField; text: string }>,
  units: readonly Unit[],
): StarAnalysis {
  let source: StarAnalysis["source"];
  const partUnits = new Map<StarPart, Unit[]>(STAR_PARTS.map((p) => [p, []]));
  if (format === "STAR") {
    source = "fields";
    for (const u of units) partUnits.get(u.field as StarPart)?.push(u);
  } else {
    const labelled = units.some((u) => LABEL.test(u.text));
    source = labelled ? "labels" : "cues";
    let current: StarPart | null = null;
    for (const u of units) {
      const label = LABEL.exec(u.text)?.[1]?.toLowerCase().replace(/s$/, "") as StarPart | undefined;
      if (labelled) {
        if (label) current = label;
        if (current) partUnits.get(current)!.push(u);
      } else {
        for (const p of STAR_PARTS) if (CUES[p].test(u.text)) partUnits.get(p)!.push(u);
      }
    }
  }
  const parts = STAR_PARTS.map((part) => {
    const us = partUnits.get(part)!;
    const n =
      format === "STAR"
        ? words(fields.find((f) => f.field === part)?.text ?? "")
        : us.reduce((s, u) => s + words(u.text), 0);
    return { part, status: statusOf(n), evidence: us.map(ev) };
  });
  const quantityUnits = partUnits.get("result")!.filter((u) => QUANTITY.test(u.text));
  return {
    source,
    parts,
    quantifiedResult: quantityUnits.length > 0,
    quantityEvidence: quantityUnits.map(ev),
  };
}
