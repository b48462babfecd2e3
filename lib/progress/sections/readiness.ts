import "server-only";
import { type ProgressContext } from "../context";
import { readinessSeries } from "../series";
import { scoreCells } from "./score-cells";

/** The weekly readiness score (mean of the sources present that week) and its band. */
export async function readinessSection(ctx: ProgressContext) {
  const points = readinessSeries(ctx.weeks, await scoreCells(ctx));
  const latest = points.findLast((p) => p.score !== null) ?? null;
  return { points, latest };
}
