// zod schemas of the practice API, shared with the client forms.
import { z } from "zod";
import { codeAnswer, markdownAnswer, starAnswer } from "./answer";
import { CHECKLIST_KEYS } from "./data/checklists";
import { EVALUATION_POINTS, SCORE_MAX, SCORE_MIN, type ScoreField } from "./data/evaluation";

const id = z.string().min(1).max(40);
export const idParams = z.object({ id });

const version = z
  .int32("Version must be a whole number.")
  .positive("Version must be a positive whole number.");

export const startAttemptSchema = z.strictObject({
  questionId: z.string("Choose a question.").min(1, "Choose a question.").max(40),
});

/** Any of the three answer shapes; the attempt's format decides which one it must be. */
export const anyAnswer = z.union(
  [markdownAnswer, starAnswer, codeAnswer],
  "Send the answer in the shape of its editor.",
);

export const autosaveSchema = z.strictObject({ answer: anyAnswer, version });

export const pauseSchema = z.strictObject({
  reason: z.enum(["user", "left"], "Send reason user (the Pause button) or left (the page was left)."),
});

/** A runner page's token (one per document load, lib/client/page-instance.ts). */
export const pageToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "Send page as 8 to 64 letters, digits, - or _ (the runner page's token).");

/**
 * `?page=` on pause, resume (practice and mock clocks): which page asks. A page's resume that
 * reaches the server after that same page's "left" pause was sent before it left, and is
 * refused (the clock stays paused); a resume from another page (the reloaded one) is not.
 */
export const clockQuery = z.strictObject({ page: pageToken.optional() });

export const submitSchema = z.strictObject({
  /** The final answer and the version it was based on; omit to submit what is saved. */
  answer: anyAnswer.optional(),
  version: version.optional(),
});

/**
 * One 0-10 score per evaluation point. A point left unset says which one to choose (the forms'
 * sliders start unset); the self-score and the mentor's review share it, each with its wording
 * for a wrong number.
 */
export function evaluationScoresSchema(wording: { invalid: (label: string) => string; range: (label: string) => string }) {
  return z.strictObject(
    Object.fromEntries(
      EVALUATION_POINTS.map((p) => [
        p.field,
        z
          .int({
            error: (iss) =>
              iss.input === undefined || iss.input === null
                ? `Choose a score from 0 to 10 for ${p.label.toLowerCase()}.`
                : wording.invalid(p.label),
          })
          .min(SCORE_MIN, wording.range(p.label))
          .max(SCORE_MAX, wording.range(p.label)),
      ]),
    ) as Record<ScoreField, z.ZodInt>,
  );
}

export const scoreSchema = z.strictObject({
  scores: evaluationScoresSchema({ invalid: () => "Enter a whole number from 0 to 10.", range: () => "Scores go from 0 to 10." }),
  keyPointsCovered: z
    .array(z.int("Key points are numbered from 0.").min(0, "Key points are numbered from 0.").max(99))
    .max(100)
    .default([]),
});
export type ScoreInput = z.output<typeof scoreSchema>;

export const listAttemptsQuery = z.strictObject({
  questionId: id.optional(),
  limit: z.coerce
    .number("Limit must be a number.")
    .int()
    .min(1, "Limit must be between 1 and 100.")
    .max(100, "Limit must be between 1 and 100.")
    .optional(),
});

export const quizResultSchema = z.strictObject({
  questionId: id,
  knew: z.boolean("Send true (knew it) or false (missed it)."),
  response: z.string().max(10_000, "Use at most 10,000 characters.").default(""),
});

const isoDate = z
  .string("Enter a date.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "That date does not exist.",
  );

const journalFields = {
  title: z.string().trim().min(1, "Give the entry a title.").max(200, "Use at most 200 characters."),
  body: z
    .string()
    .trim()
    .min(1, "Write something in the entry.")
    .max(50_000, "Use at most 50,000 characters."),
  entryDate: isoDate,
  promptId: id.nullable().default(null),
};
export const journalCreateSchema = z.strictObject(journalFields);
export const journalUpdateSchema = z.strictObject({ ...journalFields, version });
export type JournalInput = z.output<typeof journalCreateSchema>;

const interviewFields = {
  company: z
    .string()
    .trim()
    .min(1, "Enter the company (or “Mock” for a practice interview).")
    .max(120, "Use at most 120 characters."),
  date: isoDate,
  kind: z.enum(["REAL", "MOCK"], "Choose real or mock."),
  notes: z.string().max(10_000, "Use at most 10,000 characters.").default(""),
};
export const interviewCreateSchema = z.strictObject(interviewFields);
export const interviewUpdateSchema = z.strictObject({ ...interviewFields, version });
export type InterviewInput = z.output<typeof interviewCreateSchema>;

export const checkSchema = z.strictObject({
  itemKey: z.enum(CHECKLIST_KEYS as [string, ...string[]], "That is not an item of the checklist."),
  checked: z.boolean("Send true or false."),
});
