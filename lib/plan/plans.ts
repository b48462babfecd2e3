import "server-only";
import { type Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { HttpError, badRequest, conflict, notFound } from "@/lib/server/errors";
import { addYears, dayNumber, fromDate, toDate } from "@/lib/calendar/dates";
import {
  completionByHorizon,
  horizonOf,
  isOverdue,
  isWithinPlan,
  planWindow,
} from "./horizons";
import { type PlanCreate, type PlanUpdate } from "./schema";
import { userToday } from "@/lib/calendar/today";
import type { EvidenceLink, Milestone, Plan, PlanDetail } from "./types";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

const planSelect = {
  id: true,
  trackId: true,
  stageId: true,
  startsOn: true,
  year1Role: true,
  year1Goals: true,
  years2to3Role: true,
  years2to3Goals: true,
  years4to5Role: true,
  years4to5Goals: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.CareerPlanSelect;

type PlanRow = Prisma.CareerPlanGetPayload<{ select: typeof planSelect }>;

export const milestoneSelect = {
  id: true,
  title: true,
  description: true,
  targetDate: true,
  status: true,
  progress: true,
  skills: true,
  evidence: true,
  position: true,
  version: true,
} as const satisfies Prisma.MilestoneSelect;

type MilestoneRow = Prisma.MilestoneGetPayload<{ select: typeof milestoneSelect }>;

function presentPlan(row: PlanRow): Plan {
  return {
    ...row,
    startsOn: fromDate(row.startsOn),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentMilestone(row: MilestoneRow, startsOn: string, today: string): Milestone {
  const targetDate = fromDate(row.targetDate);
  return {
    ...row,
    targetDate,
    evidence: (Array.isArray(row.evidence) ? row.evidence : []) as EvidenceLink[],
    horizon: horizonOf(startsOn, targetDate),
    overdue: isOverdue({ ...row, targetDate }, today),
  };
}

export const milestoneOrder = [{ position: "asc" as const }, { createdAt: "asc" as const }];

function detail(planRow: PlanRow, rows: MilestoneRow[], today: string): PlanDetail {
  const plan = presentPlan(planRow);
  const milestones = rows.map((r) => presentMilestone(r, plan.startsOn, today));
  const window = planWindow(plan.startsOn);
  return {
    plan,
    milestones,
    summary: {
      today,
      window: { start: window.start, end: window.end },
      horizons: completionByHorizon(plan.startsOn, milestones, today),
      overdue: milestones.filter((m) => m.overdue).length,
    },
  };
}

/** The user's plan with milestones and summary, or null when they have not made one yet. */
export async function getUserPlan(userId: string): Promise<PlanDetail | null> {
  const row = await db.careerPlan.findUnique({
    where: { userId },
    select: { ...planSelect, milestones: { select: milestoneSelect, orderBy: milestoneOrder } },
  });
  if (!row) return null;
  const { milestones, ...planRow } = row;
  return detail(planRow, milestones, await userToday(userId));
}

/** One plan by id; someone else's plan is not found. */
export async function getPlan(userId: string, planId: string): Promise<PlanDetail> {
  const row = await db.careerPlan.findFirst({
    where: { id: planId, userId },
    select: { ...planSelect, milestones: { select: milestoneSelect, orderBy: milestoneOrder } },
  });
  if (!row) throw notFound("There is no such plan.");
  const { milestones, ...planRow } = row;
  return detail(planRow, milestones, await userToday(userId));
}

function checkStart(startsOn: string, today: string) {
  const earliest = addYears(today, -5);
  const latest = addYears(today, 1);
  if (dayNumber(startsOn) < dayNumber(earliest) || dayNumber(startsOn) > dayNumber(latest)) {
    throw badRequest(FIX_FIELDS_MESSAGE, {
      startsOn: `Start the plan between ${earliest} and ${latest}.`,
    });
  }
}

export async function createPlan(userId: string, input: PlanCreate): Promise<PlanDetail> {
  checkStart(input.startsOn, await userToday(userId));
  const existing = await db.careerPlan.findUnique({ where: { userId }, select: { id: true } });
  if (existing) throw conflict("You already have a career plan; edit it instead.", "plan_exists");
  const row = await db.careerPlan.create({
    data: { ...input, userId, startsOn: toDate(input.startsOn) },
    select: { id: true },
  });
  return getPlan(userId, row.id);
}

/** Saves the plan if `version` is current (409 otherwise, nothing changes). */
export async function updatePlan(userId: string, planId: string, input: PlanUpdate): Promise<PlanDetail> {
  const { version, ...fields } = input;
  const current = await db.careerPlan.findFirst({
    where: { id: planId, userId },
    select: { startsOn: true },
  });
  if (!current) throw notFound("There is no such plan.");
  if (fields.startsOn !== fromDate(current.startsOn)) {
    checkStart(fields.startsOn, await userToday(userId));
    const dates = await db.milestone.findMany({ where: { planId, userId }, select: { targetDate: true } });
    const outside = dates.filter((m) => !isWithinPlan(fields.startsOn, fromDate(m.targetDate))).length;
    if (outside > 0) {
      const w = planWindow(fields.startsOn);
      throw badRequest(FIX_FIELDS_MESSAGE, {
        startsOn: `${outside} milestone${outside === 1 ? "" : "s"} would fall outside ${w.start} to ${w.end}; move ${outside === 1 ? "it" : "them"} first.`,
      });
    }
  }
  const result = await db.careerPlan.updateMany({
    where: { id: planId, userId, version },
    data: { ...fields, startsOn: toDate(fields.startsOn), version: { increment: 1 } },
  });
  if (result.count === 0) {
    throw new HttpError(
      409,
      "stale_version",
      "Your plan was changed elsewhere. Reload to see the latest version.",
    );
  }
  return getPlan(userId, planId);
}
