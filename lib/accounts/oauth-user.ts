import "server-only";
import { db } from "@/lib/server/db";

/** The PrepLoop account for an email verified by an OAuth provider (created on first sign-in). */
export async function findOrCreateOAuthUser(email: string, displayName: string) {
  const normalised = email.trim().toLowerCase();
  return db.user.upsert({
    where: { email: normalised },
    update: {},
    create: { email: normalised, displayName: displayName.slice(0, 80) },
    select: { id: true },
  });
}
