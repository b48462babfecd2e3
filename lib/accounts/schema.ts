import { z } from "zod";
import { isListedTimeZone } from "@/lib/calendar/time-zones";
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import { PASSWORD_MAX, PASSWORD_MIN } from "./options";

const levelValues = TARGET_LEVELS.map((l) => l.value) as [string, ...string[]];
const regionValues = REGIONS.map((r) => r.value) as [string, ...string[]];

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

const displayNameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.");

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});

/** The sign-in form's fields (next-auth's credentials provider re-checks them on the server). */
export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-31.")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "That date does not exist.",
  );

export const profileUpdateSchema = z.strictObject({
  version: z.int32("Version must be a whole number.").positive(),
  displayName: displayNameSchema,
  targetRole: z.string().trim().max(100, "Use at most 100 characters.").nullable(),
  targetLevel: z.enum(levelValues, "Choose one of the listed levels.").nullable(),
  region: z.enum(regionValues, "Choose one of the listed regions.").nullable(),
  yearsExperience: z
    .int("Enter whole years.")
    .min(0, "Years of experience cannot be negative.")
    .max(60, "Enter at most 60 years.")
    .nullable(),
  nextInterviewOn: isoDate.nullable(),
  timeZone: z
    .string({ error: "Choose a time zone, like Europe/Berlin." })
    .refine(isListedTimeZone, "Choose a valid time zone, like Europe/Berlin."),
});
export type ProfileUpdate = z.output<typeof profileUpdateSchema>;

export const deleteAccountSchema = z.strictObject({
  password: z.string({ error: "Enter your password." }).max(256, "Use at most 256 characters.").optional(),
  email: z
    .string({ error: "Enter your email address." })
    .max(254, "An email address has at most 254 characters.")
    .optional(),
});
