import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "./db";

type Health = {
  status: "ok" | "degraded";
  database: "up" | "down";
  migrations: { applied: number; pending: string[]; failed: string[] } | null;
};

type Migrations = NonNullable<Health["migrations"]>;

// Once every migration on disk is applied, that stays true for the life of this process (its
// build and its prisma/migrations folder do not change, and migrations are never un-applied),
// so later checks are one trivial query: cheap enough for a load balancer to poll hard.
let settled: Migrations | null = null;

/** Database reachability and migration state, for /api/health. */
export async function checkHealth(): Promise<Health> {
  if (settled) {
    try {
      await db.$queryRaw`SELECT 1`;
    } catch {
      return { status: "degraded", database: "down", migrations: null };
    }
    return { status: "ok", database: "up", migrations: settled };
  }
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
  const migrations = { applied: applied.size, pending, failed };
  if (ok) settled = migrations;
  return { status: ok ? "ok" : "degraded", database: "up", migrations };
}
