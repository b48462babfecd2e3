// Per-question refinements of key points, keyed by question slug: extra terms for a key point
// whose sentence alone is ambiguous or carries its meaning in a formula, and (for system-design
// questions) which of the six components the question requires. Kept here rather than in the
// question front matter for now (no schema change); the terms are written from the question and
// its model answer, never from evaluation answers, and none refers to a question of the
// evaluation set (tests/fixtures/coverage), so the measured numbers do not depend on them.
import type { ComponentId } from "../types";

type Refinement = {
  /** Extra terms (phrases) per key-point index, matched like the key point's own words. */
  keyPoints?: Record<number, { terms: readonly string[] }>;
  /** System design: the components this question requires (default: all six). */
  components?: readonly ComponentId[];
};

export const REFINEMENTS: Readonly<Record<string, Refinement>> = {
  // "Corrects negative downsampling with q = p / (p + (1 − p)/w)": the formula carries the meaning.
  "ads-ctr-prediction-with-calibration": {
    keyPoints: { 1: { terms: ["downsampling correction", "sampling rate", "logit"] } },
  },
  // "Writes softmax(QKᵀ/sqrt(d_k) + mask)·V correctly": the formula carries the meaning.
  "scaled-dot-product-attention-sqrt-dk": {
    keyPoints: {
      0: { terms: ["scaled dot-product attention", "attention weights", "weighted sum of the values"] },
    },
  },
};
