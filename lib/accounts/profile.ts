import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, rows } from "@/lib/server/db";
import { todayIn } from "@/lib/calendar/dates";
import { HttpError, notFound } from "@/lib/server/errors";
import { type Profile } from "./profile-types";
import { type ProfileUpdate } from "./schema";


/** The profile's target fields (what a demo account's documented profile fixes too). */
export const profileTargetSelect = {
  email: true,
  displayName: true,
  targetRole: true,
  targetLevel: true,
  region: true,
  yearsExperience: true,
} as const;

/**
 * The profile in one statement straight through the pool (issue 20: Prisma's query compiler
 * cost about as much CPU as the rest of the request). Dates as text in the API's format
 * (pg would read `date` and `timestamp` in the process's time zone).
 */
export async function getProfile(userId: string): Promise<Profile> {
  const [row] = await rows<Profile>(Prisma.sql`
    SELECT "id", "email", "displayName", "targetRole", "targetLevel"::text AS "targetLevel",
           "region"::text AS "region", "yearsExperience",
           to_char("nextInterviewOn", 'YYYY-MM-DD') AS "nextInterviewOn", "timeZone", "version",
           to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
           "passwordHash" IS NOT NULL AS "hasPassword"
    FROM "User" WHERE "id" = ${userId}`);
  if (!row) throw notFound();
  return row;
}

/** Saves the profile if `version` is current; otherwise 409 and nothing changes. */
export async function updateProfile(userId: string, input: ProfileUpdate): Promise<Profile> {
  const { version, nextInterviewOn, ...fields } = input;
  const current = await db.user.findUnique({ where: { id: userId }, select: { nextInterviewOn: true, nextInterviewSetOn: true } });
  if (!current) throw notFound();
  // A new or changed interview date anchors the adaptive preparation plan on today (decision 0021).
  const was = current.nextInterviewOn ? current.nextInterviewOn.toISOString().slice(0, 10) : null;
  const nextInterviewSetOn =
    nextInterviewOn === null ? null : nextInterviewOn === was ? current.nextInterviewSetOn : new Date(`${todayIn(fields.timeZone)}T00:00:00Z`);
  const result = await db.user.updateMany({
    where: { id: userId, version },
    data: {
      ...fields,
      targetLevel: fields.targetLevel as never,
      region: fields.region as never,
      targetRole: fields.targetRole || null,
      nextInterviewOn: nextInterviewOn ? new Date(`${nextInterviewOn}T00:00:00Z`) : null,
      nextInterviewSetOn,
      version: { increment: 1 },
    },
  });
  if (result.count === 0) {
    throw new HttpError(409, "stale_version", "Your profile was changed elsewhere. Reload to see the latest version.");
  }
  return getProfile(userId);
}
