import "server-only";
import { db } from "@/lib/server/db";
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

const profileSelect = {
  id: true,
  ...profileTargetSelect,
  nextInterviewOn: true,
  timeZone: true,
  version: true,
  createdAt: true,
  passwordHash: true,
} as const;

function present({
  passwordHash,
  ...row
}: {
  nextInterviewOn: Date | null;
  createdAt: Date;
  passwordHash: string | null;
  [k: string]: unknown;
}): Profile {
  return {
    ...(row as unknown as Profile),
    hasPassword: passwordHash !== null,
    nextInterviewOn: row.nextInterviewOn ? row.nextInterviewOn.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getProfile(userId: string): Promise<Profile> {
  const row = await db.user.findUnique({ where: { id: userId }, select: profileSelect });
  if (!row) throw notFound();
  return present(row);
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
