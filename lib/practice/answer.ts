// Answer formats and their shapes. Which editor a question gets follows from its type.
import { z } from "zod";

const ANSWER_FORMATS = ["MARKDOWN", "STAR", "CODE"] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

/** Generous per-field limit; the request body limit (ANSWER_BODY_LIMIT) is what answers 413. */
const MAX_CHARS = 200_000;
const text = z.string("Send the answer as text.").max(MAX_CHARS, `An answer field has at most ${MAX_CHARS.toLocaleString("en-US")} characters.`);

export const markdownAnswer = z.strictObject({ text });
export const starAnswer = z.strictObject({ situation: text, task: text, action: text, result: text });
export const codeAnswer = z.strictObject({ code: text });

export type MarkdownAnswer = z.output<typeof markdownAnswer>;
export type StarAnswer = z.output<typeof starAnswer>;
export type CodeAnswer = z.output<typeof codeAnswer>;
export type Answer = MarkdownAnswer | StarAnswer | CodeAnswer;

export const STAR_FIELDS = [
  { key: "situation", label: "Situation", hint: "Where and when; the context the listener needs." },
  { key: "task", label: "Task", hint: "Your responsibility or goal in it." },
  { key: "action", label: "Action", hint: "What you did, step by step, in the first person." },
  { key: "result", label: "Result", hint: "The outcome, in numbers where you can, and what you learnt." },
] as const;

/** Largest autosave/submit body: 200 KiB. Beyond it the API answers 413. */
export const ANSWER_BODY_LIMIT = 200 * 1024;

export function formatForType(type: string): AnswerFormat {
  if (type === "behavioural") return "STAR";
  if (type === "coding") return "CODE";
  return "MARKDOWN";
}

export function emptyAnswer(format: AnswerFormat): Answer {
  if (format === "STAR") return { situation: "", task: "", action: "", result: "" };
  if (format === "CODE") return { code: "" };
  return { text: "" };
}

export function answerSchemaFor(format: AnswerFormat) {
  return format === "STAR" ? starAnswer : format === "CODE" ? codeAnswer : markdownAnswer;
}

/** The one format whose shape this answer has (the shapes are strict and disjoint), or null. */
export function formatOfAnswer(answer: unknown): AnswerFormat | null {
  return ANSWER_FORMATS.find((f) => answerSchemaFor(f).safeParse(answer).success) ?? null;
}

/** True when nothing has been written in any field. */
export function isBlank(answer: Answer): boolean {
  return Object.values(answer).every((v) => typeof v !== "string" || v.trim() === "");
}

/** Markdown source for showing a saved answer read-only. */
export function answerAsMarkdown(format: AnswerFormat, answer: Answer): string {
  if (format === "STAR") {
    const a = answer as StarAnswer;
    return STAR_FIELDS.map((f) => `**${f.label}.** ${a[f.key].trim() || "_(empty)_"}`).join("\n\n");
  }
  if (format === "CODE") {
    const code = (answer as CodeAnswer).code;
    const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    return code.trim() ? `${fence}python\n${code}\n${fence}` : "_(no code)_";
  }
  return (answer as MarkdownAnswer).text.trim() || "_(empty)_";
}
