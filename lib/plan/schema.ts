// zod schemas for the career plan API, shared by route handlers and client forms.
import { z } from "zod";
import { LEARNING_CATEGORIES, NETWORK_KINDS, TRACK_IDS, careerContent, findStage } from "./content";
import { isIsoDate } from "@/lib/calendar/dates";
import { MILESTONE_STATUSES } from "./horizons";

const ALL_STAGE_IDS = new Set(careerContent.tracks.flatMap((t) => t.stages.map((s) => s.id)));

const isoDate = z
  .string({ error: "Enter a date like 2027-06-30." })
  .refine(isIsoDate, "Enter a real date like 2027-06-30.");

const role = z.string().trim().max(120, "Use at most 120 characters.");
const goals = z.string().trim().max(2000, "Use at most 2000 characters.");

const planFields = {
  trackId: z.enum(TRACK_IDS as [string, ...string[]], "Choose one of the listed tracks."),
  stageId: z
    .string({ error: "Choose your current stage." })
    .refine((s) => ALL_STAGE_IDS.has(s), "Choose one of the listed stages."),
  startsOn: isoDate,
  year1Role: role,
  year1Goals: goals,
  years2to3Role: role,
  years2to3Goals: goals,
  years4to5Role: role,
  years4to5Goals: goals,
};

const stageOfTrack = (p: { trackId: string; stageId: string }, ctx: z.RefinementCtx) => {
  if (!findStage(p.trackId, p.stageId)) {
    ctx.addIssue({ code: "custom", path: ["stageId"], message: "Choose a stage of the chosen track." });
  }
};

export const planCreateSchema = z.strictObject(planFields).superRefine(stageOfTrack);
export type PlanCreate = z.output<typeof planCreateSchema>;

export const planUpdateSchema = z
  .strictObject({ version: z.int32("Version must be a whole number.").positive(), ...planFields })
  .superRefine(stageOfTrack);
export type PlanUpdate = z.output<typeof planUpdateSchema>;

const evidenceLink = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1, "Name the evidence, e.g. Mock interview report.")
    .max(80, "Use at most 80 characters."),
  url: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    .refine(
      (u) => /^\/(?!\/)\S*$/.test(u) || /^https?:\/\/\S+$/i.test(u),
      "Use a PrepLoop path like /mocks/… or a web address starting with https://.",
    ),
});

const milestoneFields = {
  title: z
    .string({ error: "Enter a title." })
    .trim()
    .min(1, "Enter a title.")
    .max(120, "Use at most 120 characters."),
  description: z.string().trim().max(2000, "Use at most 2000 characters."),
  targetDate: isoDate,
  status: z.enum(MILESTONE_STATUSES, "Choose not started, in progress, done or dropped."),
  progress: z
    .int("Progress is a whole number from 0 to 100.")
    .min(0, "Progress cannot be below 0.")
    .max(100, "Progress cannot be above 100."),
  skills: z
    .array(
      z
        .string()
        .trim()
        .min(1, "A linked skill cannot be empty.")
        .max(60, "Use at most 60 characters per skill."),
    )
    .max(10, "Link at most 10 skills."),
  evidence: z.array(evidenceLink).max(5, "Add at most 5 evidence links."),
};

export const milestoneCreateSchema = z.strictObject({
  ...milestoneFields,
  description: milestoneFields.description.default(""),
  status: milestoneFields.status.default("NOT_STARTED"),
  progress: milestoneFields.progress.default(0),
  skills: milestoneFields.skills.default([]),
  evidence: milestoneFields.evidence.default([]),
});
export type MilestoneCreate = z.output<typeof milestoneCreateSchema>;

/** Linked skills typed as one line: split on commas, blanks dropped. */
export function splitSkills(line: string): string[] {
  return line
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Evidence rows the user added but left blank are not sent. */
export function dropBlankEvidence<T extends { label: string; url: string }>(rows: readonly T[]): T[] {
  return rows.filter((l) => l.label.trim() || l.url.trim());
}

/**
 * The milestone form: the create fields, with the skills as one comma-separated line and blank
 * evidence rows dropped before the shared rules check them.
 */
export const milestoneFormSchema = z.strictObject({
  ...milestoneFields,
  skills: z.string().transform(splitSkills).pipe(milestoneFields.skills),
  evidence: z
    .array(z.strictObject({ label: z.string(), url: z.string() }))
    .transform(dropBlankEvidence)
    .pipe(milestoneFields.evidence),
});
export type MilestoneFormValues = z.input<typeof milestoneFormSchema>;

export const milestonePatchSchema = z.strictObject({
  version: z.int32("Version must be a whole number.").positive(),
  title: milestoneFields.title.optional(),
  description: milestoneFields.description.optional(),
  targetDate: milestoneFields.targetDate.optional(),
  status: milestoneFields.status.optional(),
  progress: milestoneFields.progress.optional(),
  skills: milestoneFields.skills.optional(),
  evidence: milestoneFields.evidence.optional(),
});
export type MilestonePatch = z.output<typeof milestonePatchSchema>;

export const milestoneOrderSchema = z.strictObject({
  order: z
    .array(z.strictObject({ id: z.string().min(1), version: z.int32().positive() }))
    .min(1, "List the milestones in their new order.")
    .max(500, "A plan has at most 500 milestones."),
});
export type MilestoneOrder = z.output<typeof milestoneOrderSchema>;

export const learningEntrySchema = z.strictObject({
  date: isoDate,
  category: z.enum(LEARNING_CATEGORIES, "Choose technical skills, soft skills or industry knowledge."),
  hours: z
    .number({ error: "Enter the hours as a number, e.g. 1.5." })
    .positive("Enter more than 0 hours.")
    .max(24, "A day has at most 24 hours.")
    .refine((h) => Number.isInteger(h * 4), "Use quarter hours, e.g. 0.25, 1.5 or 2.75."),
  note: z.string().trim().max(500, "Use at most 500 characters.").default(""),
});
export type LearningEntryInput = z.output<typeof learningEntrySchema>;

export const learningQuerySchema = z.strictObject({
  months: z.coerce
    .number()
    .int()
    .min(1, "Show at least 1 month.")
    .max(60, "Show at most 60 months.")
    .default(12),
});

const networkFields = {
  kind: z.enum(NETWORK_KINDS, "Choose a target connection, an event or a mentorship goal."),
  title: z
    .string({ error: "Describe the item." })
    .trim()
    .min(1, "Describe the item.")
    .max(120, "Use at most 120 characters."),
  notes: z.string().trim().max(1000, "Use at most 1000 characters."),
  targetDate: isoDate.nullable(),
  status: z.enum(["PLANNED", "IN_PROGRESS", "DONE"], "Choose planned, in progress or done."),
};

export const networkCreateSchema = z.strictObject({
  ...networkFields,
  notes: networkFields.notes.default(""),
  targetDate: networkFields.targetDate.default(null),
  status: networkFields.status.default("PLANNED"),
});
export type NetworkCreate = z.output<typeof networkCreateSchema>;

export const networkPatchSchema = z.strictObject({
  version: z.int32("Version must be a whole number.").positive(),
  kind: networkFields.kind.optional(),
  title: networkFields.title.optional(),
  notes: networkFields.notes.optional(),
  targetDate: networkFields.targetDate.optional(),
  status: networkFields.status.optional(),
});
export type NetworkPatch = z.output<typeof networkPatchSchema>;
