import "server-only";
// The Full Project Extension in a user's plan: which components are adopted (milestones with
// their template key) and the assessment-criteria checklist (one versioned row per plan).
import { db } from "@/lib/server/db";
import { HttpError, badRequest, notFound } from "@/lib/server/errors";
import { fromDate, toDate } from "@/lib/calendar/dates";
import { userToday } from "@/lib/calendar/today";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";
import { COMPONENT_KEYS, type ComponentKey, PROJECT_EXTENSION } from "./data/project-extension";
import { isWithinPlan, planWindow } from "./horizons";
import { milestoneSelect, presentMilestone } from "./plans";
import { componentMilestone, orderedCriteria, templateKeyOf } from "./project-extension";
import type { AdoptComponents, ProjectCriteriaInput } from "./project-extension-schema";
import type { Milestone } from "./types";

export type ProjectExtensionView = {
  components: { key: ComponentKey; title: string; bullets: readonly string[]; milestoneId: string | null }[];
  criteria: { checked: string[]; version: number };
};

async function ownPlan(userId: string, planId: string) {
  const plan = await db.careerPlan.findFirst({ where: { id: planId, userId }, select: { id: true, startsOn: true } });
  if (!plan) throw notFound("There is no such plan.");
  return { id: plan.id, startsOn: fromDate(plan.startsOn) };
}

export async function getProjectExtension(userId: string, planId: string): Promise<ProjectExtensionView> {
  const plan = await ownPlan(userId, planId);
  const [adopted, row] = await Promise.all([
    db.milestone.findMany({
      where: { planId: plan.id, userId, templateKey: { in: COMPONENT_KEYS.map(templateKeyOf) } },
      select: { id: true, templateKey: true },
    }),
    db.projectExtension.findUnique({ where: { planId: plan.id }, select: { checkedCriteria: true, version: true } }),
  ]);
  const byKey = new Map(adopted.map((m) => [m.templateKey, m.id]));
  return {
    components: PROJECT_EXTENSION.components.map((c) => ({
      key: c.key,
      title: c.title,
      bullets: c.bullets,
      milestoneId: byKey.get(templateKeyOf(c.key)) ?? null,
    })),
    criteria: { checked: orderedCriteria(row?.checkedCriteria ?? []), version: row?.version ?? 0 },
  };
}

/**
 * Adds a milestone for each chosen component not yet in the plan (target dates from today in
 * the user's time zone); components already adopted are listed, not added twice.
 */
export async function adoptComponents(
  userId: string,
  planId: string,
  input: AdoptComponents,
): Promise<{ milestones: Milestone[]; alreadyAdopted: ComponentKey[] }> {
  const plan = await ownPlan(userId, planId);
  const today = await userToday(userId);
  const wanted = COMPONENT_KEYS.filter((k) => input.components.includes(k));
  const drafts = wanted.map((k) => ({ key: k, ...componentMilestone(k, today) }));
  const late = drafts.find((d) => !isWithinPlan(plan.startsOn, d.targetDate));
  if (late) {
    const w = planWindow(plan.startsOn);
    throw badRequest(FIX_FIELDS_MESSAGE, {
      components: `"${late.title}" would be due on ${late.targetDate}, outside your plan's five years (${w.start} to ${w.end}). Move the plan's start first.`,
    });
  }
  const result = await db.$transaction(async (tx) => {
    // Serialise with reorders and other adoptions of the same plan.
    await tx.$queryRaw`SELECT id FROM "CareerPlan" WHERE id = ${plan.id} FOR UPDATE`;
    const existing = await tx.milestone.findMany({
      where: { planId: plan.id, userId, templateKey: { in: drafts.map((d) => d.templateKey) } },
      select: { templateKey: true },
    });
    const have = new Set(existing.map((e) => e.templateKey));
    const last = await tx.milestone.findFirst({ where: { planId: plan.id, userId }, orderBy: { position: "desc" }, select: { position: true } });
    let position = (last?.position ?? -1) + 1;
    const created: string[] = [];
    for (const d of drafts.filter((x) => !have.has(x.templateKey))) {
      const row = await tx.milestone.create({
        data: {
          planId: plan.id,
          userId,
          templateKey: d.templateKey,
          title: d.title,
          description: d.description,
          targetDate: toDate(d.targetDate),
          skills: d.skills,
          position: position++,
        },
        select: { id: true },
      });
      created.push(row.id);
    }
    return { created, alreadyAdopted: drafts.filter((d) => have.has(d.templateKey)).map((d) => d.key) };
  });
  const rows = await db.milestone.findMany({ where: { id: { in: result.created }, userId }, select: milestoneSelect, orderBy: { position: "asc" } });
  return { milestones: rows.map((r) => presentMilestone(r, plan.startsOn, today)), alreadyAdopted: result.alreadyAdopted };
}

const staleCriteria = () =>
  new HttpError(409, "stale_version", "The checklist was changed elsewhere. Reload to see the latest version.");

/** Saves the ticked criteria if `version` is current (0: nothing saved yet); otherwise 409 and nothing changes. */
export async function setProjectCriteria(
  userId: string,
  planId: string,
  input: ProjectCriteriaInput,
): Promise<{ checked: string[]; version: number }> {
  const plan = await ownPlan(userId, planId);
  const checkedCriteria = orderedCriteria(input.checked);
  if (input.version === 0) {
    const created = await db.projectExtension.createMany({ data: [{ planId: plan.id, userId, checkedCriteria }], skipDuplicates: true });
    if (created.count === 0) throw staleCriteria();
  } else {
    const result = await db.projectExtension.updateMany({
      where: { planId: plan.id, userId, version: input.version },
      data: { checkedCriteria, version: { increment: 1 } },
    });
    if (result.count === 0) throw staleCriteria();
  }
  const row = await db.projectExtension.findUniqueOrThrow({ where: { planId: plan.id }, select: { checkedCriteria: true, version: true } });
  return { checked: orderedCriteria(row.checkedCriteria), version: row.version };
}
