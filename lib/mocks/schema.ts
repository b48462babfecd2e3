// zod schemas of the mock interview API, shared with the client forms.
import { z } from "zod";
import { anyAnswer, scoreSchema as practiceScoreSchema } from "@/lib/practice/schema";
import { MOCK_DIFFICULTIES } from "./selection";
import { MOCK_TEMPLATES } from "./templates";

export const TEMPLATE_IDS = MOCK_TEMPLATES.map((t) => t.id) as [string, ...string[]];

export const createMockSchema = z.strictObject({
  templateId: z.enum(TEMPLATE_IDS, `Choose a mock: ${TEMPLATE_IDS.join(", ")}.`),
  difficulty: z
    .enum(MOCK_DIFFICULTIES, "Choose a difficulty: mixed, easy, medium, hard or expert.")
    .default("mixed"),
  series: z.boolean("Send true or false.").default(false),
  /**
   * Test servers only: run the clock this many times faster. Accepted only when the server's
   * PREPLOOP_MOCK_TIME_SCALE allows it (see lib/mocks/time-scale.ts).
   */
  timeScale: z
    .int("The time scale is a whole number.")
    .min(1, "The time scale is at least 1.")
    .max(3600, "The time scale is at most 3600.")
    .optional(),
});
export type CreateMockInput = z.output<typeof createMockSchema>;

export const mockParams = z.object({ id: z.string().min(1).max(40) });
export const slotParams = z.object({
  id: z.string().min(1).max(40),
  slot: z.coerce
    .number("The question number is a whole number.")
    .int("The question number is a whole number.")
    .min(0, "Questions are numbered from 0.")
    .max(999),
});

export const moveSchema = z.strictObject({
  slot: z
    .int("Send the question's number (a whole number).")
    .min(0, "Questions are numbered from 0.")
    .max(999, "That question is not in this mock."),
});

export const advanceSchema = z.strictObject({
  /** The stage the user is leaving, as last shown: a repeated click does not skip two. */
  from: z.int("Send the stage you are leaving (a whole number).").min(0, "Stages are numbered from 0."),
});

export const pauseSchema = z.strictObject({
  reason: z.enum(["user", "left"], "Send reason user (the Pause button) or left (the page was left)."),
});

export const mockAutosaveSchema = z.strictObject({
  answer: anyAnswer,
  version: z.int32("Version must be a whole number.").positive("Version must be a positive whole number."),
});

export const mockScoreSchema = practiceScoreSchema;
