// The schema of one question content file (prisma/seed/questions/<focus-area>/<slug>.md).
import { z } from "zod";
import { COMPANY_TYPES, DIFFICULTIES, FOCUS_AREAS, QUESTION_TYPES, values } from "./taxonomy";

const difficultyNames = DIFFICULTIES.map((d) => d.label) as ["Easy", "Medium", "Hard", "Expert"];
const sentence = z.string().trim().min(3, "must not be empty").max(400, "must be at most 400 characters");

export const questionFrontMatterSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(5, "must be at least 5 characters")
      .max(140, "must be at most 140 characters"),
    type: z.enum(values(QUESTION_TYPES)),
    focusArea: z.enum(values(FOCUS_AREAS)),
    difficulty: z.enum(difficultyNames),
    allocatedMinutes: z.int().min(1).max(120),
    expectedMinutes: z.int().min(1).max(120),
    companyType: z.enum(values(COMPANY_TYPES)),
    source: z.enum(["seed", "original"]),
    tags: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "tags are lowercase kebab-case"))
      .min(1, "needs at least one tag")
      .max(8, "has at most 8 tags"),
    /** Must-have key points: what every strong answer has to cover. */
    keyPoints: z.array(sentence).min(3, "needs at least 3 key points").max(8, "has at most 8 key points"),
    /** Bonus key points: what sets an excellent answer apart (weighed less: lib/questions/key-points.ts). */
    bonusPoints: z.array(sentence).max(4, "has at most 4 bonus points").default([]),
    discussionPoints: z.array(sentence).max(6, "has at most 6 discussion points").default([]),
    /**
     * The second reader's note: who or what checked the facts, when, and what was checked or
     * changed. Content only (not stored in the database); the content test lists files without one.
     */
    review: z
      .strictObject({
        by: z.string().trim().min(3, "must name the reviewer").max(120),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "is a quoted YYYY-MM-DD date"),
        checked: z.string().trim().min(20, "must say what was checked").max(600),
      })
      .optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.keyPoints.length + fm.bonusPoints.length > 10) {
      ctx.addIssue({
        code: "custom",
        path: ["bonusPoints"],
        message: "key points and bonus points add up to at most 10",
      });
    }
    const must = new Set(fm.keyPoints.map((k) => k.toLowerCase()));
    const dup = fm.bonusPoints.find((b) => must.has(b.toLowerCase()));
    if (dup)
      ctx.addIssue({
        code: "custom",
        path: ["bonusPoints"],
        message: `"${dup}" is already a must-have key point`,
      });
  });

type QuestionFrontMatter = z.output<typeof questionFrontMatterSchema>;

export type QuestionContent = QuestionFrontMatter & {
  slug: string;
  prompt: string;
  modelAnswer: string;
};

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
