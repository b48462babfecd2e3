import "server-only";
import { db } from "@/lib/server/db";
import { forgetUser } from "@/lib/server/session-cache";
import { HttpError, notFound } from "@/lib/server/errors";
import { verifyPassword } from "./password";
import { forgetAccount } from "./throttle-store";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

/**
 * Deletes the account and everything in it (every table references the user with
 * ON DELETE CASCADE). Password accounts confirm with their password; OAuth-only
 * accounts confirm by typing their email. Sessions die with the row.
 */
export async function deleteAccount(userId: string, confirm: { password?: string; email?: string }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw notFound();
  if (user.passwordHash) {
    if (!confirm.password || !(await verifyPassword(user.passwordHash, confirm.password))) {
      throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
        password: "That is not your password.",
      });
    }
  } else if (confirm.email?.trim().toLowerCase() !== user.email) {
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      email: "Type your account's email to confirm.",
    });
  }
  await db.user.delete({ where: { id: userId } });
  forgetUser(userId); // this instance at once; the trigger's NOTIFY tells every instance
  await forgetAccount(user.email, userId); // its throttle rows (keyed by hashes of its email and id)
}
