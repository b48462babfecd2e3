import type { Prisma } from "../../lib/generated/prisma/client";
import type { FactoryDb } from "./db";

/** A career plan on the management track (senior to tech lead), starting on `startsOn`. */
export function createPlan(db: FactoryDb, userId: string, { startsOn = "2026-01-01" }: { startsOn?: string } = {}) {
  return db.careerPlan.create({
    data: { userId, trackId: "management", stageId: "senior-to-tech-lead", startsOn: new Date(`${startsOn}T00:00:00Z`) },
    select: { id: true },
  });
}

/** A milestone of the user's plan (created with the plan when there is none yet). */
export async function createMilestone(
  db: FactoryDb,
  userId: string,
  { title = "Lead a design review", targetDate = "2026-06-30", position = 0, ...fields }: Partial<
    Omit<Prisma.MilestoneUncheckedCreateInput, "userId" | "planId" | "targetDate">
  > & { targetDate?: string } = {},
) {
  const plan = (await db.careerPlan.findUnique({ where: { userId }, select: { id: true } })) ?? (await createPlan(db, userId));
  return db.milestone.create({
    data: { ...fields, userId, planId: plan.id, title, position, targetDate: new Date(`${targetDate}T00:00:00Z`) },
    select: { id: true, title: true },
  });
}
