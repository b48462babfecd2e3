import "server-only";
import { db } from "@/lib/server/db";
import { HttpError, badRequest, notFound } from "@/lib/server/errors";
import { fromDate, toDate } from "@/lib/calendar/dates";
import { isWithinPlan, planWindow } from "./horizons";
import { milestoneOrder, milestoneSelect, presentMilestone } from "./plans";
import { type MilestoneCreate, type MilestoneOrder, type MilestonePatch } from "./schema";
import { userToday } from "@/lib/calendar/today";
import type { Milestone } from "./types";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

const stale = () =>
  new HttpError(
    409,
    "stale_version",
    "This milestone was changed elsewhere. Reload to see the latest version.",
  );

async function ownPlan(userId: string, planId: string) {
  const plan = await db.careerPlan.findFirst({
    where: { id: planId, userId },
    select: { id: true, startsOn: true },
  });
  if (!plan) throw notFound("There is no such plan.");
  return { id: plan.id, startsOn: fromDate(plan.startsOn) };
}

function checkTargetDate(startsOn: string, targetDate: string) {
  if (!isWithinPlan(startsOn, targetDate)) {
    const w = planWindow(startsOn);
    throw badRequest(FIX_FIELDS_MESSAGE, {
      targetDate: `Choose a date within your plan's five years, ${w.start} to ${w.end}.`,
    });
  }
}

/** A done milestone is complete: its progress becomes 100. */
function normalise<T extends { status?: string; progress?: number }>(data: T, currentStatus?: string): T {
  const status = data.status ?? currentStatus;
  return status === "DONE" ? { ...data, progress: 100 } : data;
}

export async function createMilestone(
  userId: string,
  planId: string,
  input: MilestoneCreate,
): Promise<Milestone> {
  const plan = await ownPlan(userId, planId);
  checkTargetDate(plan.startsOn, input.targetDate);
  const last = await db.milestone.findFirst({
    where: { planId: plan.id, userId },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const row = await db.milestone.create({
    data: {
      ...normalise(input),
      planId: plan.id,
      userId,
      targetDate: toDate(input.targetDate),
      position: (last?.position ?? -1) + 1,
    },
    select: milestoneSelect,
  });
  return presentMilestone(row, plan.startsOn, await userToday(userId));
}

export async function updateMilestone(
  userId: string,
  planId: string,
  milestoneId: string,
  input: MilestonePatch,
): Promise<Milestone> {
  const plan = await ownPlan(userId, planId);
  const current = await db.milestone.findFirst({
    where: { id: milestoneId, planId: plan.id, userId },
    select: { status: true },
  });
  if (!current) throw notFound("There is no such milestone.");
  const { version, targetDate, ...fields } = input;
  if (targetDate !== undefined) checkTargetDate(plan.startsOn, targetDate);
  const result = await db.milestone.updateMany({
    where: { id: milestoneId, planId: plan.id, userId, version },
    data: {
      ...normalise(fields, current.status),
      ...(targetDate !== undefined ? { targetDate: toDate(targetDate) } : {}),
      version: { increment: 1 },
    },
  });
  if (result.count === 0) throw stale();
  const row = await db.milestone.findFirstOrThrow({
    where: { id: milestoneId, userId },
    select: milestoneSelect,
  });
  return presentMilestone(row, plan.startsOn, await userToday(userId));
}

export async function deleteMilestone(userId: string, planId: string, milestoneId: string) {
  const result = await db.milestone.deleteMany({ where: { id: milestoneId, planId, userId } });
  if (result.count === 0) throw notFound("There is no such milestone.");
  return { deleted: milestoneId };
}

/**
 * Puts the plan's milestones in the given order. The request lists every milestone with the
 * version the client saw; if any is stale or the set differs (one added or deleted elsewhere),
 * 409 and nothing moves. Only milestones whose position changes get a new version.
 */
export async function reorderMilestones(
  userId: string,
  planId: string,
  input: MilestoneOrder,
): Promise<Milestone[]> {
  const plan = await ownPlan(userId, planId);
  await db.$transaction(async (tx) => {
    // Serialise concurrent reorders of the same plan.
    await tx.$queryRaw`SELECT id FROM "CareerPlan" WHERE id = ${plan.id} FOR UPDATE`;
    const rows = await tx.milestone.findMany({
      where: { planId: plan.id, userId },
      select: { id: true, version: true, position: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ids = new Set(input.order.map((o) => o.id));
    if (
      ids.size !== input.order.length ||
      ids.size !== rows.length ||
      input.order.some((o) => !byId.has(o.id))
    ) {
      throw new HttpError(
        409,
        "stale_version",
        "Milestones were added or removed elsewhere. Reload and try again.",
      );
    }
    if (input.order.some((o) => byId.get(o.id)!.version !== o.version)) throw stale();
    for (const [position, o] of input.order.entries()) {
      if (byId.get(o.id)!.position === position) continue;
      await tx.milestone.update({ where: { id: o.id }, data: { position, version: { increment: 1 } } });
    }
  });
  const today = await userToday(userId);
  const rows = await db.milestone.findMany({
    where: { planId: plan.id, userId },
    select: milestoneSelect,
    orderBy: milestoneOrder,
  });
  return rows.map((r) => presentMilestone(r, plan.startsOn, today));
}
