// Resolves which PostgreSQL to use: DATABASE_URL when set, otherwise the embedded one.
import { EMBEDDED_DATABASE } from "./defaults.mjs";
import { ensureEmbeddedPostgres } from "./embedded-db.mjs";
import { prisma, run } from "./run.mjs";

/**
 * @param {{ database?: string, urlVar?: string, recreate?: boolean }} opts
 * Returns { url, embedded, server, stop }: `server` is the embedded server's handle
 * (pid, port, onExit) or null for DATABASE_URL.
 */
export async function resolveDatabase({ database = EMBEDDED_DATABASE, urlVar = "DATABASE_URL", recreate = false } = {}) {
  const given = process.env[urlVar];
  if (given) {
    return { url: given, embedded: false, server: null, stop: async () => {} };
  }
  const server = await ensureEmbeddedPostgres();
  try {
    await server.ensureDatabase(database, { recreate });
  } catch (e) {
    await server.stop();
    throw e;
  }
  return { url: server.url(database), embedded: true, server, stop: server.stop };
}

export async function migrateDeploy(url) {
  await prisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
}

export async function seed(url, extraEnv = {}) {
  await run("tsx", ["prisma/seed/index.ts"], { env: { DATABASE_URL: url, ...extraEnv } });
}
