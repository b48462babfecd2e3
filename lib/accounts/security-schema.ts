import { z } from "zod";
import { emailSchema, passwordSchema } from "./schema";

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(1024),
  newPassword: passwordSchema,
});

export const resetRequestSchema = z.strictObject({ email: emailSchema });

/** The emailed token: 32 random bytes, base64url (43 characters). */
export const resetTokenSchema = z
  .string({ error: "This reset link is incomplete." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is incomplete. Open the link from the email again.");

export const resetConfirmSchema = z.strictObject({ token: resetTokenSchema, password: passwordSchema });

export const sessionScopeSchema = z.strictObject({
  /** `all` (default): every session, this one included; `others`: every session but this one. */
  scope: z.enum(["all", "others"], "Use scope=all or scope=others.").default("all"),
});

export const sessionIdParams = z.strictObject({ id: z.string().min(1).max(64) });

const PROVIDERS = ["github", "google"] as const;
const providerSchema = z.enum(PROVIDERS, "Choose github or google.");
export const linkRequestSchema = z.strictObject({ provider: providerSchema });
export const providerParams = z.strictObject({ provider: providerSchema });
