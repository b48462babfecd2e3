import "server-only";
import { listAllLearningEntries } from "./learning";
import { listNetworkItems } from "./network";
import { getUserPlan } from "./plans";
import { getProjectExtension } from "./project-extension-store";

/** Everything of the career plan domain for the user's data export. */
export async function exportCareerPlan(userId: string) {
  const [detail, learningEntries, networkItems] = await Promise.all([
    getUserPlan(userId),
    listAllLearningEntries(userId),
    listNetworkItems(userId),
  ]);
  const projectExtension = detail ? await getProjectExtension(userId, detail.plan.id) : null;
  return {
    plan: detail?.plan ?? null,
    milestones: detail?.milestones ?? [],
    /** The Full Project Extension: adopted components (their milestone ids) and the ticked criteria. */
    projectExtension,
    learningEntries,
    networkItems,
  };
}
