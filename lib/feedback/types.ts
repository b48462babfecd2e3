// The shapes that the coverage analysis shares with its parts (STAR, system-design components,
// per-question refinements). Kept apart so that the parts do not import coverage.ts back.

export type AnswerField = "text" | "code" | "situation" | "task" | "action" | "result";

/** One unit of the answer: a sentence (or a line, in code), with offsets into its field. */
export type Sentence = {
  index: number;
  field: AnswerField;
  start: number;
  end: number;
  text: string;
  /** A term list rather than an explanation: no verb, or mostly short comma-separated items. */
  listLike: boolean;
};

/** A sentence with its terms, as the matchers read it. */
export type Unit = Sentence & { terms: Set<string>; prefixes: Set<string>; isCode: boolean };

export type Evidence = { sentence: number; field: AnswerField; start: number; end: number };

/** The six components of a system-design answer. */
export type ComponentId = "requirements" | "data" | "model" | "serving" | "monitoring" | "scale";
