import "server-only";
import { db } from "@/lib/server/db";
import { HttpError } from "@/lib/server/errors";
import { refuseForDemo } from "./demo";
import { hashPassword, verifyPassword } from "./password";
import { CHANGE_PASSWORD_RULE } from "./password-rules";
import { countAttempt, keys, release, reset } from "./throttle-store";
import { tooManyAttempts } from "./too-many";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";
import { forgetUser } from "@/lib/server/session-cache";

/**
 * Changes the signed-in user's password: the current one is required (5 wrong tries in 15
 * minutes block for 15 minutes); every other session ends, this one stays signed in.
 */
export async function changePassword(
  user: { id: string; isDemo: boolean; sessionId: string },
  currentPassword: string,
  newPassword: string,
) {
  refuseForDemo(user, "password");
  // Counted before the password is checked (one atomic statement), so a burst cannot pass the limit.
  const key = keys().changePassword(user.id);
  const refused = await countAttempt([{ key, rule: CHANGE_PASSWORD_RULE }]);
  if (refused) throw tooManyAttempts(refused.retryAfter, "wrong current passwords");
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash) {
    await release(key);
    throw new HttpError(
      400,
      "no_password",
      "Your account signs in through a provider and has no password yet. Use “Forgot your password?” on the sign-in page to set one.",
    );
  }
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      currentPassword: "That is not your current password.",
    });
  }
  await reset(key); // the current password was right: earlier wrong tries no longer count
  if (currentPassword === newPassword) {
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      newPassword: "Choose a password different from your current one.",
    });
  }
  const passwordHash = await hashPassword(newPassword);
  const now = new Date();
  const [, ended] = await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash } }),
    db.session.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } },
      data: { revokedAt: now },
    }),
    db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } }),
  ]);
  forgetUser(user.id); // this instance at once; the trigger's NOTIFY tells every instance
  return { endedSessions: ended.count };
}
