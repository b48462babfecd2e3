// Resolves which PostgreSQL to use: DATABASE_URL when set, otherwise the embedded one.
import { EMBEDDED_DATABASE, embeddedUrl } from "./defaults.mjs";
import { ensureDatabase, ensureEmbeddedPostgres } from "./embedded-db.mjs";
import { prisma, run } from "./run.mjs";

/**
 * @param {{ database?: string, urlVar?: string, recreate?: boolean }} opts
 * Returns { url, embedded, stop }.
 */
export async function resolveDatabase({ database = EMBEDDED_DATABASE, urlVar = "DATABASE_URL", recreate = false } = {}) {
  const given = process.env[urlVar];
  if (given) {
    return { url: given, embedded: false, stop: async () => {} };
  }
  const server = await ensureEmbeddedPostgres();
  await ensureDatabase(database, { recreate });
  return { url: embeddedUrl(database), embedded: true, stop: server.stop };
}

export async function migrateDeploy(url) {
  await prisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
}

export async function seed(url, extraEnv = {}) {
  await run("tsx", ["prisma/seed/index.ts"], { env: { DATABASE_URL: url, ...extraEnv } });
}
