import "server-only";
import { db } from "@/lib/server/db";
import { forgetUser } from "@/lib/server/session-cache";
import { HttpError } from "@/lib/server/errors";
import { deliverPasswordReset } from "@/lib/mail/password-reset";
import { hashPassword } from "./password";
import {
  RESET_ADDRESS_RULE,
  RESET_EMAIL_RULE,
  RESET_TOKEN_TTL_MINUTES,
  hashResetToken,
  newResetToken,
  resetLink,
} from "./password-rules";
import { countAttempt, keys } from "./throttle-store";
import { tooManyAttempts } from "./too-many";

/** The one answer to every accepted reset request, whether or not the email has an account. */
export const RESET_REQUESTED_MESSAGE =
  "If an account uses that email, we have sent it a link to choose a new password. The link works once, within 30 minutes.";

/**
 * Counts one reset request against the email and the client address (3 per email and 20 per
 * address an hour); throws 429 when either is spent. Counted for every email, known or not,
 * so the limit says nothing about which emails have accounts.
 */
export async function throttleResetRequest(email: string, address: string | null, now = new Date()) {
  const k = keys();
  const refused = await countAttempt(
    [
      { key: k.resetAddress(address), rule: RESET_ADDRESS_RULE },
      { key: k.resetEmail(email), rule: RESET_EMAIL_RULE },
    ],
    now,
  );
  if (refused) throw tooManyAttempts(refused.retryAfter, "password reset requests");
}

/**
 * Issues and delivers a reset link when `email` belongs to a (non-demo) account; otherwise does
 * nothing. Runs after the response is sent (next/server `after`), so the requester cannot time
 * the difference. A new link replaces any unused earlier one.
 */
export async function issuePasswordReset(email: string, baseUrl: string, now = new Date()) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, isDemo: true } });
  if (!user || user.isDemo) return;
  const { token, hash } = newResetToken();
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } }),
    db.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000),
      },
    }),
  ]);
  await deliverPasswordReset(user.email, resetLink(baseUrl, token), RESET_TOKEN_TTL_MINUTES);
}

const invalidToken = () =>
  new HttpError(
    400,
    "invalid_token",
    "This reset link is invalid, has expired or was already used. Ask for a new one on the “Forgot your password?” page.",
  );

/**
 * Sets a new password with an emailed token: single use (claimed atomically), unexpired. Ends
 * every session of the account and marks its email as verified (the link proved the mailbox).
 */
export async function resetPassword(token: string, password: string, now = new Date()) {
  const tokenHash = hashResetToken(token);
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash },
    select: { userId: true, usedAt: true, expiresAt: true, user: { select: { isDemo: true, emailVerifiedAt: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.isDemo) throw invalidToken();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw invalidToken();
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, ...(row.user.emailVerifiedAt ? {} : { emailVerifiedAt: now }) },
    });
    await tx.session.updateMany({ where: { userId: row.userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.passwordResetToken.deleteMany({ where: { userId: row.userId, usedAt: null } });
  });
  forgetUser(row.userId); // this instance at once; the trigger's NOTIFY tells every instance
}
