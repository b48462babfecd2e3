import { z } from "zod";

const domainScore = z
  .int("Score each domain with a whole number from 0 to 10.")
  .min(0, "Scores go from 0 to 10.")
  .max(10, "Scores go from 0 to 10.");

export const selfAssessmentSchema = z.strictObject({
  assessedOn: z
    .string("Give the date of the assessment.")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-30.")
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    }, "That date does not exist."),
  scores: z.strictObject(
    {
      mlFundamentals: domainScore,
      deepLearning: domainScore,
      systemDesign: domainScore,
      communicationLeadership: domainScore,
    },
    "Score all four domains.",
  ),
  note: z.string().trim().max(2000, "A note has at most 2,000 characters.").optional(),
});
export type SelfAssessmentInput = z.output<typeof selfAssessmentSchema>;

/** A correction replaces the whole assessment; `version` is the one the client saw (409 if stale). */
export const selfAssessmentUpdateSchema = z.strictObject({
  ...selfAssessmentSchema.shape,
  version: z.int32("Version must be a whole number.").positive(),
});
export type SelfAssessmentUpdate = z.output<typeof selfAssessmentUpdateSchema>;

export const assessmentIdParams = z.object({ id: z.string().min(1).max(40) });
