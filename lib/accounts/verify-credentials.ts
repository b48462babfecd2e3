import "server-only";
import { db } from "@/lib/server/db";
import { emailSchema } from "./schema";
import { verifyPassword } from "./password";
import { admitSignIn, signInSucceeded } from "./sign-in-throttle";

/**
 * Checks an email and password as next-auth received them (any type: a JSON body can carry
 * anything). Every attempt is counted by the throttle first, keyed on the normalised email
 * that is verified here; a throttled attempt throws SignInThrottled without checking the
 * password.
 */
export async function verifyCredentials(email: unknown, password: unknown, address: string | null) {
  const parsed = emailSchema.safeParse(email);
  const normalised = parsed.success ? parsed.data : null;
  await admitSignIn(normalised, address);
  if (!normalised || typeof password !== "string" || !password) return null;
  const user = await db.user.findUnique({
    where: { email: normalised },
    select: { id: true, email: true, displayName: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) return null;
  await signInSucceeded(normalised, address);
  return { id: user.id, email: user.email, displayName: user.displayName };
}
