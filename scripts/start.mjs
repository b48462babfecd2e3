// npm start: database (embedded unless DATABASE_URL is set) → migrate → seed, and beside them
// the build if needed → serve on http://localhost:3000 (PORT to change). Ctrl-C stops everything cleanly.
// npm run dev: the same, with the Next.js dev server instead of a production build.
// If the app server or the embedded PostgreSQL dies, it stops the other and exits non-zero
// (a supervisor then restarts it).
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuild } from "./lib/build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "./lib/database.mjs";
import { root } from "./lib/run.mjs";
import { authSecret } from "./lib/secret.mjs";
import { EMBEDDED_DATA_DIR } from "./lib/defaults.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

// The build needs no database: it runs beside the database's start, migrations and seed.
const abortBuild = new AbortController();
const building = dev ? Promise.resolve() : ensureBuild({ signal: abortBuild.signal });
building.catch(() => {}); // awaited below; a failure while the database starts is reported there

let db;
try {
  db = await resolveDatabase();
} catch (e) {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  abortBuild.abort();
  await building.catch(() => {});
  process.exit(1);
}
console.log(`[start] database: ${db.embedded ? `embedded PostgreSQL (${EMBEDDED_DATA_DIR}, port ${db.server.port})` : "DATABASE_URL"}`);
let child = null;
let stopping = null; // the shutdown in progress: it ends with process.exit, so awaiting it never returns

const running = (p) => p !== null && p.exitCode === null && p.signalCode === null;
const how = (code, signal) => (signal ? `killed by ${signal}` : code !== null ? `exit code ${code}` : "its process is gone");

/** Stops the app server and the database this process started, then exits with `code`. */
function shutdown(code, reason) {
  stopping ??= stopAll(code, reason);
  return stopping;
}

async function stopAll(code, reason) {
  if (reason) console.error(`[start] ${reason}`);
  abortBuild.abort();
  await building.catch(() => {});
  if (running(child)) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(force);
  }
  await db.stop();
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => void shutdown(0));
}

// When a child dies on its own, exit non-zero at once so that a supervisor restarts
// everything (an app without its database only answers errors).
db.server?.onExit(({ pid, code, signal }) => {
  void shutdown(1, `the embedded PostgreSQL (pid ${pid}) stopped unexpectedly (${how(code, signal)}); stopping PrepLoop`);
});

try {
  const database = (async () => {
    await migrateDeploy(db.url);
    console.log("[start] migrations applied");
    if (process.env.PREPLOOP_SKIP_SEED !== "1") await seed(db.url);
  })();
  // Both settle before going on (a failed build must not leave a seed writing to a stopped database).
  const [dbResult, buildResult] = await Promise.allSettled([database, building]);
  for (const r of [dbResult, buildResult]) if (r.status === "rejected") throw r.reason;
} catch (e) {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  await shutdown(1);
}
if (stopping) await stopping; // a signal or the database's death arrived while preparing

const env = {
  ...process.env,
  DATABASE_URL: db.url,
  NEXTAUTH_SECRET: authSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
child = spawn(process.execPath, [path.join(root, "scripts/lib/serve.mjs"), ...(dev ? ["--dev"] : []), "-p", String(port)], {
  cwd: root,
  env,
  stdio: "inherit",
});
console.log(`[start] PrepLoop on http://localhost:${port} (app pid ${child.pid}${db.server ? `, PostgreSQL pid ${db.server.pid}` : ""})`);
child.on("error", (e) => void shutdown(1, `the app server could not start: ${e.message}`));
child.on("exit", (code, signal) => {
  void shutdown(code || 1, `the app server (pid ${child.pid}) stopped unexpectedly (${how(code, signal)}); stopping PrepLoop`);
});
