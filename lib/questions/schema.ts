// zod schemas of the question bank API, shared with the client forms.
import { z } from "zod";
import { COMPANY_TYPES, DIFFICULTIES, FOCUS_AREAS, QUESTION_TYPES, SOURCES, values } from "./taxonomy";

export const SORTS = ["relevance", "title", "newest", "difficulty", "time"] as const;
export type Sort = (typeof SORTS)[number];

const oneOf = <T extends [string, ...string[]]>(options: T, what: string) =>
  z.enum(options, `Unknown ${what}. Use one of: ${options.join(", ")}.`);

export const listQuestionsQuery = z.strictObject({
  q: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  type: oneOf(values(QUESTION_TYPES), "type").optional(),
  focusArea: oneOf(values(FOCUS_AREAS), "focus area").optional(),
  difficulty: oneOf(values(DIFFICULTIES), "difficulty").optional(),
  companyType: oneOf(values(COMPANY_TYPES), "company type").optional(),
  source: oneOf(values(SOURCES), "source").optional(),
  tag: z
    .string()
    .trim()
    .max(40, "A tag has at most 40 characters.")
    .regex(/^[a-z0-9-]+$/, "A tag is lowercase letters, digits and dashes.")
    .optional(),
  challenged: z.enum(["true"], "Use challenged=true or leave it out.").optional(),
  sort: oneOf([...SORTS], "sort").optional(),
  cursor: z.string().max(500, "That cursor is not valid.").optional(),
  limit: z.coerce
    .number("Limit must be a number.")
    .int("Limit must be a whole number.")
    .min(1, "Limit must be between 1 and 50.")
    .max(50, "Limit must be between 1 and 50.")
    .optional(),
});
export type ListQuestionsQuery = z.output<typeof listQuestionsQuery>;

export const questionIdParams = z.object({ id: z.string().min(1).max(40) });

const line = (max: number) =>
  z.string().trim().min(1, "Must not be empty.").max(max, `Use at most ${max} characters.`);

export const personalQuestionSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(3, "Give the question a title of at least 3 characters.")
      .max(140, "Use at most 140 characters."),
    prompt: z
      .string()
      .trim()
      .min(10, "Write the question (at least 10 characters).")
      .max(20_000, "Use at most 20,000 characters."),
    type: oneOf(values(QUESTION_TYPES), "type"),
    focusArea: oneOf(values(FOCUS_AREAS), "focus area"),
    difficulty: oneOf(values(DIFFICULTIES), "difficulty"),
    allocatedMinutes: z
      .int("Enter whole minutes.")
      .min(1, "At least 1 minute.")
      .max(180, "At most 180 minutes."),
    expectedMinutes: z
      .int("Enter whole minutes.")
      .min(1, "At least 1 minute.")
      .max(180, "At most 180 minutes."),
    keyPoints: z.array(line(400)).max(12, "At most 12 key points.").default([]),
    modelAnswer: z.string().trim().max(50_000, "Use at most 50,000 characters.").default(""),
    discussionPoints: z.array(line(400)).max(12, "At most 12 discussion points.").default([]),
    tags: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Tags are words joined by dashes, like feature-store."),
      )
      .max(8, "At most 8 tags.")
      .default([]),
    companyType: oneOf(values(COMPANY_TYPES), "company type").default("general"),
  })
  .refine((q) => q.expectedMinutes <= q.allocatedMinutes, {
    message: "The expected response time cannot exceed the allocated time.",
    path: ["expectedMinutes"],
  });
export type PersonalQuestionInput = z.output<typeof personalQuestionSchema>;

/** Key or discussion points typed one per line: trimmed, blank lines dropped. */
export function splitLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Tags typed as one comma-separated line. */
export function splitTags(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

const questionShape = personalQuestionSchema.shape;

/** The personal-question form: the lists typed as text, checked by the same rules as the API. */
export const personalQuestionFormSchema = z
  .strictObject({
    ...questionShape,
    keyPoints: z.string().transform(splitLines).pipe(questionShape.keyPoints.unwrap()),
    discussionPoints: z.string().transform(splitLines).pipe(questionShape.discussionPoints.unwrap()),
    tags: z.string().transform(splitTags).pipe(questionShape.tags.unwrap()),
  })
  .refine((q) => q.expectedMinutes <= q.allocatedMinutes, {
    message: "The expected response time cannot exceed the allocated time.",
    path: ["expectedMinutes"],
  });
export type PersonalQuestionFormValues = z.input<typeof personalQuestionFormSchema>;

export const personalQuestionUpdateSchema = z.intersection(
  personalQuestionSchema,
  z.object({ version: z.int32("Version must be a whole number.").positive() }),
);

export const bookmarkSchema = z.strictObject({ challenged: z.boolean("Send true or false.") });

export const noteSchema = z.strictObject({
  note: z.string().max(10_000, "A note has at most 10,000 characters."),
  version: z.int32("Version must be a whole number.").min(0),
});
