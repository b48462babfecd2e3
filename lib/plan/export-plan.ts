import "server-only";
import { listAllLearningEntries } from "./learning";
import { listNetworkItems } from "./network";
import { getUserPlan } from "./plans";

/** Everything of the career plan domain for the user's data export. */
export async function exportCareerPlan(userId: string) {
  const [detail, learningEntries, networkItems] = await Promise.all([
    getUserPlan(userId),
    listAllLearningEntries(userId),
    listNetworkItems(userId),
  ]);
  return {
    plan: detail?.plan ?? null,
    milestones: detail?.milestones ?? [],
    learningEntries,
    networkItems,
  };
}
