import "server-only";
// The Practice page's "Practise next" pick: the dashboard's weakest-areas section (two
// aggregate queries) and the pure pick over its suggestions.
import { progressContext } from "./context";
import { type NextPick, pickNext } from "./next";
import { weakestSection } from "./sections/weakest";

export async function practiseNext(userId: string, now = new Date()): Promise<NextPick | null> {
  const ctx = await progressContext(userId, now);
  const weakest = await weakestSection(ctx);
  return pickNext(weakest.areas, ctx.today);
}
