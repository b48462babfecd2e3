// System-design answers: which of the required components the answer names, with evidence.
// A component counts as named when the answer uses at least two distinct terms of its lexicon
// (one term alone is "mentioned"); evidence is the up-to-three sentences with the most such terms.
import type { ComponentId, Evidence, Unit } from "./types";
import { REFINEMENTS } from "./data/refinements";
import { termsOf, tokenize } from "./text";

const COMPONENTS: ReadonlyArray<{ id: ComponentId; label: string; lexicon: readonly string[] }> = [
  {
    id: "requirements",
    label: "Requirements",
    lexicon: [
      "requirement",
      "clarify",
      "clarifying question",
      "assumption",
      "assume",
      "scope",
      "constraint",
      "non-functional",
      "sla",
      "goal",
      "success metric",
      "objective",
      "use case",
      "business metric",
    ],
  },
  {
    id: "data",
    label: "Data",
    lexicon: [
      "data",
      "dataset",
      "label",
      "labelling",
      "feature",
      "ingestion",
      "ingest",
      "schema",
      "logging",
      "annotation",
      "training data",
      "event",
      "feature store",
      "pipeline",
      "source",
      "connector",
    ],
  },
  {
    id: "model",
    label: "Model",
    lexicon: [
      "model",
      "architecture",
      "classifier",
      "ranker",
      "gradient boosting",
      "neural network",
      "transformer",
      "embedding",
      "baseline",
      "loss",
      "fine-tuning",
      "algorithm",
      "logistic regression",
      "training",
    ],
  },
  {
    id: "serving",
    label: "Serving",
    lexicon: [
      "serving",
      "serve",
      "inference",
      "api",
      "endpoint",
      "latency",
      "cache",
      "deploy",
      "deployment",
      "online",
      "real-time",
      "rollout",
      "canary",
      "request",
      "tail latency",
      "fallback",
    ],
  },
  {
    id: "monitoring",
    label: "Monitoring",
    lexicon: [
      "monitor",
      "monitoring",
      "alert",
      "drift",
      "dashboard",
      "observability",
      "a/b test",
      "shadow",
      "rollback",
      "feedback",
      "page",
      "evaluation",
      "regression",
    ],
  },
  {
    id: "scale",
    label: "Scale",
    lexicon: [
      "scale",
      "shard",
      "sharding",
      "partition",
      "replica",
      "throughput",
      "capacity",
      "horizontal",
      "autoscaling",
      "distributed",
      "per second",
      "peak",
      "load",
      "queries per second",
      "terabyte",
      "billion",
      "million",
    ],
  },
];

type ComponentResult = {
  id: ComponentId;
  label: string;
  status: "named" | "mentioned" | "missing";
  terms: number;
  evidence: Evidence[];
};
export type ComponentAnalysis = { required: ComponentId[]; components: ComponentResult[]; named: number };

let lexicons: Map<ComponentId, Set<string>> | null = null;
function lexiconTerms(): Map<ComponentId, Set<string>> {
  if (lexicons) return lexicons;
  lexicons = new Map();
  for (const c of COMPONENTS) {
    const set = new Set<string>();
    for (const phrase of c.lexicon) {
      const { tokens } = tokenize(phrase);
      const hits = termsOf(tokens, 0, tokens.length, { side: "query" });
      // A phrase is one lexicon entry: its collapsed concept, or its last word (the head noun).
      const head = hits.find((h) => h.term.startsWith("=")) ?? hits.at(-1);
      if (head) set.add(head.term);
    }
    lexicons.set(c.id, set);
  }
  return lexicons;
}

export function analyseComponents(slug: string, units: readonly Unit[]): ComponentAnalysis {
  const required = [...(REFINEMENTS[slug]?.components ?? COMPONENTS.map((c) => c.id))];
  const lex = lexiconTerms();
  const components = COMPONENTS.filter((c) => required.includes(c.id)).map((c) => {
    const set = lex.get(c.id)!;
    const distinct = new Set<string>();
    const perUnit: Array<[Unit, number]> = [];
    for (const u of units) {
      let n = 0;
      for (const t of set)
        if (u.terms.has(t)) {
          n++;
          distinct.add(t);
        }
      if (n > 0) perUnit.push([u, n]);
    }
    const evidence = perUnit
      .sort((a, b) => b[1] - a[1] || a[0].index - b[0].index)
      .slice(0, 3)
      .map(([u]) => ({ sentence: u.index, field: u.field, start: u.start, end: u.end }))
      .sort((a, b) => a.sentence - b.sentence);
    const status: ComponentResult["status"] =
      distinct.size >= 2 ? "named" : distinct.size === 1 ? "mentioned" : "missing";
    return { id: c.id, label: c.label, status, terms: distinct.size, evidence };
  });
  return { required, components, named: components.filter((c) => c.status === "named").length };
}
