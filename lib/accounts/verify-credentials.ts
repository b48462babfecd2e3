import "server-only";
import { db } from "@/lib/server/db";
import { emailSchema } from "./schema";
import { verifyPassword } from "./password";
import { clearAccountThrottle, recordSignInFailure } from "./throttle-store";

/** Checks an email and password; records the failure for throttling. */
export async function verifyCredentials(email: string, password: string, address: string | null) {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success || !password) {
    if (address) await recordSignInFailure(email || "(none)", address);
    return null;
  }
  const user = await db.user.findUnique({
    where: { email: parsed.data },
    select: { id: true, email: true, displayName: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) {
    await recordSignInFailure(parsed.data, address);
    return null;
  }
  await clearAccountThrottle(parsed.data);
  return { id: user.id, email: user.email, displayName: user.displayName };
}
