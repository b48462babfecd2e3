import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "./db";

export type Health = {
  status: "ok" | "degraded";
  database: "up" | "down";
  migrations: { applied: number; pending: string[]; failed: string[] } | null;
};

/** Database reachability and migration state, for /api/health. */
export async function checkHealth(): Promise<Health> {
  let rows: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  try {
    rows = await db.$queryRaw`SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  } catch {
    return { status: "degraded", database: "down", migrations: null };
  }
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const onDisk = (await fs.readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = onDisk.filter((m) => !applied.has(m));
  const ok = pending.length === 0 && failed.length === 0;
  return { status: ok ? "ok" : "degraded", database: "up", migrations: { applied: applied.size, pending, failed } };
}
