// Question titles are in sentence case (issue 14, item 10).
//
// The rule, word by word (words split on spaces; a hyphenated word is checked part by part;
// surrounding quotes, brackets and punctuation and a trailing "'s" are ignored):
// - The first word starts with a capital letter or a digit ("3-minute version: …"), unless it
//   is a name conventionally written in lower case (k-means, k-nearest).
// - A new sentence inside a title ("… offline. How do you …") opens with a capital too.
// - Every later word, including the word after a colon, is lower case, unless it is
//   - a proper noun or name in PROPER_NOUNS below (people, places, products, named methods
//     written with one capital: Adam, Gini, Kafka, Flink, Gaussian …), or
//   - an acronym or product/method name with a capital after its first letter (AI, ML, LLM,
//     GPU, PyTorch, LayerNorm, XGBoost, ROC-AUC, A/B), or a word with a digit (INT8, 3x3, L2, 7B),
//   - or a single capital letter: a symbol (the SVM's C, O(n log n)).
// - Method names that are common nouns stay lower case: transformer, diffusion model, random
//   forest, gradient boosting, attention, batch normalisation (but LayerNorm, the PyTorch
//   module's name, keeps its capitals).
import { describe, expect, it } from "vitest";
import { readQuestionFiles } from "@/prisma/seed/questions";

/** Words written with one leading capital wherever they appear in a sentence. */
export const PROPER_NOUNS = new Set([
  "Adam",
  "Bayes",
  "Flink",
  "Gaussian",
  "Gini",
  "I",
  "Kafka",
]);

/** Names conventionally written in lower case that may open a title. */
const LOWER_CASE_OPENERS = new Set(["k-means", "k-nearest"]);

const clean = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");

const capitalAfterFirst = (part: string) => /\p{Lu}/u.test(part.slice(1));
const hasDigit = (part: string) => /\p{N}/u.test(part);

/** The words of a title that break the sentence-case rule (empty when it follows it). */
export function sentenceCaseProblems(title: string): string[] {
  const raw = title.split(/\s+/).filter((w) => clean(w) !== "");
  const problems: string[] = [];
  raw.forEach((rawWord, w) => {
    const word = clean(rawWord);
    // The first word, and the first word of a new sentence inside the title, open with a capital.
    const opensSentence = w === 0 || /[.?!]["')\]]*$/u.test(raw[w - 1]!);
    const parts = word.split(/[-(]/).filter(Boolean);
    if (opensSentence) {
      if (w === 0 && !/^[\p{Lu}\p{N}]/u.test(word) && !LOWER_CASE_OPENERS.has(word)) {
        problems.push(word);
        return;
      }
      parts.shift();
    }
    for (const part of parts) {
      if (!/^\p{Lu}/u.test(part)) continue;
      if (part.length === 1 || PROPER_NOUNS.has(part) || capitalAfterFirst(part) || hasDigit(part)) continue;
      problems.push(word);
      break;
    }
  });
  return problems;
}

describe("sentenceCaseProblems", () => {
  it("accepts sentence case with acronyms, product names, digits and proper nouns", () => {
    expect(sentenceCaseProblems("Adam with L2 regularisation vs AdamW decoupled weight decay")).toEqual([]);
    expect(sentenceCaseProblems("3-minute version: a production model whose accuracy dropped")).toEqual([]);
    expect(sentenceCaseProblems("Debugging a PyTorch to ONNX to TensorRT export")).toEqual([]);
    expect(sentenceCaseProblems("Decision tree splitting: Gini vs entropy")).toEqual([]);
    expect(sentenceCaseProblems("Why naive Bayes works for text")).toEqual([]);
    expect(sentenceCaseProblems("k-means failure modes")).toEqual([]);
    expect(sentenceCaseProblems("Why a 0.97 ROC-AUC can hide a useless model (PR-AUC vs ROC-AUC)")).toEqual([]);
    expect(sentenceCaseProblems("Deriving XGBoost's optimal leaf weights")).toEqual([]);
    expect(sentenceCaseProblems("Build a CART tree with an O(n log n) Gini split search")).toEqual([]);
    expect(sentenceCaseProblems("RBF-kernel SVMs: the kernel trick, C and gamma, and A/B tests")).toEqual([]);
    expect(sentenceCaseProblems("SMOTE inflates recall. Fix the pipeline")).toEqual([]);
    expect(sentenceCaseProblems("Computing a CNN's receptive field and why stacked 3x3 convolutions beat a 7x7")).toEqual([]);
  });

  it("names every title-case word, including hyphenated parts and the word after a colon", () => {
    expect(sentenceCaseProblems("Cross-Functional Team Conflict")).toEqual(["Cross-Functional", "Team", "Conflict"]);
    expect(sentenceCaseProblems("Micro-quiz: Behavioral Scenario")).toEqual(["Behavioral", "Scenario"]);
    expect(sentenceCaseProblems("Counter-argument: We Don't Negotiate for This Level")).toEqual(["We", "Don't", "Negotiate", "This", "Level"]);
    expect(sentenceCaseProblems("Why transformers use a Transformer")).toEqual(["Transformer"]);
    expect(sentenceCaseProblems('Why "Real-Time" pipelines')).toEqual(["Real-Time"]);
    expect(sentenceCaseProblems("A model scores 0.99. How Do you hunt?")).toEqual(["Do"]);
  });

  it("wants the first word capitalised", () => {
    expect(sentenceCaseProblems("design a feature store")).toEqual(["design"]);
    expect(sentenceCaseProblems("Design a feature store")).toEqual([]);
  });
});

describe("question bank titles", () => {
  it("are all in sentence case", () => {
    const offenders = readQuestionFiles()
      .map(({ content }) => ({ file: `${content.focusArea}/${content.slug}.md`, title: content.title, words: sentenceCaseProblems(content.title) }))
      .filter((t) => t.words.length > 0);
    expect(offenders).toEqual([]);
  });
});
