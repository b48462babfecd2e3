import "server-only";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { todayIn } from "./dates";

/** Today's date in the user's own time zone (profile setting). */
export async function userToday(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) throw notFound();
  return todayIn(user.timeZone);
}
