// zod schemas of the live mock API (issue 19), shared with the client forms.
import { z } from "zod";
import { evaluationScoresSchema, pageToken } from "@/lib/practice/schema";
import { MOCK_DIFFICULTIES } from "@/lib/mocks/selection";
import { TEMPLATE_IDS } from "@/lib/mocks/schema";
import { zonedToUtc } from "./time";

const LIVE_NOTE_MAX = 2000;
const LIVE_MESSAGE_MAX = 1000;
const LIVE_DURATION_MIN = 15;
const LIVE_DURATION_MAX = 240;
/** How far ahead a live mock may be scheduled (days). */
export const LIVE_AHEAD_DAYS = 365;

const when = z.iso.datetime({ offset: true, error: "Send the date and time as an ISO 8601 timestamp, e.g. 2026-12-24T15:30:00Z." });

export const liveCreateSchema = z.strictObject({
  mentorshipId: z.string().min(1, "Choose one of your mentors.").max(64),
  templateId: z.enum(TEMPLATE_IDS, `Choose a mock: ${TEMPLATE_IDS.join(", ")}.`),
  difficulty: z.enum(MOCK_DIFFICULTIES, "Choose a difficulty: mixed, easy, medium, hard or expert.").default("mixed"),
  scheduledAt: when,
  durationMinutes: z
    .int("Choose a whole number of minutes.")
    .min(LIVE_DURATION_MIN, `At least ${LIVE_DURATION_MIN} minutes.`)
    .max(LIVE_DURATION_MAX, `At most ${LIVE_DURATION_MAX} minutes.`)
    .default(60),
  note: z.string().trim().max(LIVE_NOTE_MAX, `Keep the note under ${LIVE_NOTE_MAX} characters.`).default(""),
  /** Test servers only (PREPLOOP_MOCK_TIME_SCALE): the mock's clock speed-up. */
  timeScale: z.int().min(1).max(3600).optional(),
});
export type LiveCreate = z.output<typeof liveCreateSchema>;

/**
 * The schedule form's values: the API's fields, with `scheduledAt` as typed in a datetime-local
 * input ("2026-12-24T15:30", read in the user's time zone when sent).
 */
export const liveScheduleFormSchema = liveCreateSchema
  .pick({ mentorshipId: true, templateId: true, durationMinutes: true, note: true })
  .extend({ scheduledAt: z.string().refine((v) => zonedToUtc(v, "UTC") !== null, "Choose a date and a time.") });

export const liveRescheduleSchema = z.strictObject({ scheduledAt: when });

export const liveParams = z.object({ id: z.string().min(1).max(40) });
export const liveSlotParams = z.object({
  id: z.string().min(1).max(40),
  slot: z.coerce.number("The question number is a whole number.").int("The question number is a whole number.").min(0, "Questions are numbered from 0.").max(999),
});

export const liveEventsQuery = z.strictObject({
  lastEventId: z.string().max(40).optional(),
  /** The candidate's page token: a stream opened by a page that has already left says nothing. */
  page: pageToken.optional(),
});

/** What the interviewer sends to the candidate. */
export const liveMessageSchema = z.strictObject({
  kind: z.enum(["hint", "follow-up"], "Send a hint or a follow-up question."),
  text: z.string().trim().min(1, "Write the message.").max(LIVE_MESSAGE_MAX, `Keep it under ${LIVE_MESSAGE_MAX} characters.`),
});
export type LiveMessage = z.output<typeof liveMessageSchema>;

/** The interviewer's clock controls. */
export const liveControlSchema = z.discriminatedUnion(
  "action",
  [
    z.strictObject({ action: z.literal("pause") }),
    z.strictObject({ action: z.literal("resume") }),
    z.strictObject({ action: z.literal("finish") }),
    z.strictObject({ action: z.literal("advance"), from: z.int().min(0).max(999) }),
    z.strictObject({ action: z.literal("move"), slot: z.int().min(0).max(999) }),
  ],
  { error: "Choose an action: pause, resume, advance, move or finish." },
);
export type LiveControl = z.output<typeof liveControlSchema>;

/** The interviewer's live assessment of one question: scores and/or the private note. */
export const liveAssessSchema = z
  .strictObject({
    scores: evaluationScoresSchema({ invalid: () => "Enter a whole number from 0 to 10.", range: () => "Scores go from 0 to 10." }).optional(),
    note: z.string().max(LIVE_NOTE_MAX, `Keep the note under ${LIVE_NOTE_MAX} characters.`).optional(),
    shareNote: z.boolean().optional(),
  })
  .refine((v) => v.scores !== undefined || v.note !== undefined || v.shareNote !== undefined, { message: "Send scores, a note or shareNote." });
export type LiveAssess = z.output<typeof liveAssessSchema>;
