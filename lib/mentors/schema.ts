// Request shapes of the mentoring API, shared with the client forms.
import { z } from "zod";
import { evaluationScoresSchema } from "@/lib/practice/schema";
import { COMMENT_MAX, INVITATION_MAX_DAYS, REQUEST_NOTE_MAX, SUMMARY_MAX } from "./data/settings";
import { SCOPE_KEYS } from "./scopes";

const id = z.string().min(1).max(64);

const scopeFlags = Object.fromEntries(SCOPE_KEYS.map((k) => [k, z.boolean()])) as Record<
  (typeof SCOPE_KEYS)[number],
  z.ZodBoolean
>;

const scopesSchema = z.strictObject(scopeFlags);
export const scopesPatchSchema = z
  .strictObject(
    Object.fromEntries(SCOPE_KEYS.map((k) => [k, z.boolean().optional()])) as Record<
      (typeof SCOPE_KEYS)[number],
      z.ZodOptional<z.ZodBoolean>
    >,
  )
  .refine((s) => Object.values(s).some((v) => v !== undefined), {
    message: "Choose at least one thing to change.",
  });

export const invitationCreateSchema = z.strictObject({
  scopes: scopesSchema,
  label: z.string().trim().max(100, "Keep the label under 100 characters.").default(""),
  expiresInDays: z
    .int("Choose a whole number of days.")
    .min(1, "At least 1 day.")
    .max(INVITATION_MAX_DAYS, `At most ${INVITATION_MAX_DAYS} days.`)
    .optional(),
});
export type InvitationCreate = z.output<typeof invitationCreateSchema>;

/** Accepting by the code the candidate passed on (the form on /invite). */
export const acceptCodeSchema = z.strictObject({ code: z.string().min(1, "Type the code you were given.").max(40) });

export const acceptSchema = z.union(
  [z.strictObject({ token: z.string().min(1).max(100) }), acceptCodeSchema],
  { error: "Send the invitation's token or its code." },
);

/** The fields of a review request (the form shows the mentor and the note). */
export const reviewRequestFieldsSchema = z.strictObject({
  mentorshipId: id,
  attemptId: id.optional(),
  mockId: id.optional(),
  note: z
    .string()
    .trim()
    .max(REQUEST_NOTE_MAX, `Keep the note under ${REQUEST_NOTE_MAX} characters.`)
    .default(""),
});

export const reviewRequestSchema = reviewRequestFieldsSchema.refine((b) => (b.attemptId ? 1 : 0) + (b.mockId ? 1 : 0) === 1, {
    message: "Ask for a review of one attempt or one mock interview.",
    path: ["attemptId"],
  });

export const reviewSchema = z.strictObject({
  scores: evaluationScoresSchema({
    invalid: (label) => `${label} must be a whole number from 0 to 10.`,
    range: (label) => `${label} must be from 0 to 10.`,
  }),
  summary: z.string().max(SUMMARY_MAX, `Keep the summary under ${SUMMARY_MAX} characters.`).default(""),
});
export type ReviewInput = z.output<typeof reviewSchema>;

export const commentSchema = z.strictObject({
  body: z
    .string()
    .max(COMMENT_MAX, `A comment can be at most ${COMMENT_MAX} characters.`)
    .refine((s) => s.trim().length > 0, "Write something before posting."),
  parentId: id.optional(),
  /** The thread (its mentor); the candidate names it, a mentor always writes in their own. */
  mentorId: id.optional(),
});
export type CommentInput = z.output<typeof commentSchema>;

export const notificationsReadSchema = z.union(
  [z.strictObject({ ids: z.array(id).min(1).max(200) }), z.strictObject({ all: z.literal(true) })],
  {
    error: "Send { ids: [...] } or { all: true }.",
  },
);

export const idParams = z.strictObject({ id });
export const menteeParams = z.strictObject({ menteeId: id });
export const menteeItemParams = z.strictObject({ menteeId: id, id });
