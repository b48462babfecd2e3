// Pure parts of the plan's milestone list and form (unit-tested).
import type { MilestoneFormValues } from "./schema";
import type { Milestone } from "./types";

/** The form's starting values: an existing milestone's, or a blank one. */
export function milestoneFormDefaults(initial?: Milestone): MilestoneFormValues {
  return {
    title: initial?.title ?? "",
    description: initial?.description ?? "",
    targetDate: initial?.targetDate ?? "",
    status: initial?.status ?? "NOT_STARTED",
    progress: initial?.progress ?? 0,
    skills: initial?.skills.join(", ") ?? "",
    evidence: initial?.evidence.map((l) => ({ label: l.label, url: l.url })) ?? [],
  };
}

/** The progress a milestone shows: a done milestone counts as 100 %. */
export function shownProgress(m: Pick<Milestone, "status" | "progress">): number {
  return m.status === "DONE" ? 100 : m.progress;
}

/**
 * The order to send after moving the milestone at `index` by `delta` places (ids with the
 * versions the client saw); null when the move would leave the list.
 */
export function movedOrder(
  milestones: readonly Pick<Milestone, "id" | "version">[],
  index: number,
  delta: number,
): { id: string; version: number }[] | null {
  const to = index + delta;
  if (index < 0 || index >= milestones.length || to < 0 || to >= milestones.length) return null;
  const order = milestones.map((m) => ({ id: m.id, version: m.version }));
  const [item] = order.splice(index, 1);
  order.splice(to, 0, item!);
  return order;
}
