// npm start: database (embedded unless DATABASE_URL is set) → migrate → seed → build if
// needed → serve on http://localhost:3000 (PORT to change). Ctrl-C stops everything cleanly.
// npm run dev: the same, with the Next.js dev server instead of a production build.
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureBuild } from "./lib/build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "./lib/database.mjs";
import { root } from "./lib/run.mjs";
import { authSecret } from "./lib/secret.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

const db = await resolveDatabase();
console.log(`[start] database: ${db.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL"}`);
let child = null;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  await db.stop();
  process.exit(code);
}

for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => void shutdown(0));
}

try {
  await migrateDeploy(db.url);
  console.log("[start] migrations applied");
  if (process.env.PREPLOOP_SKIP_SEED !== "1") await seed(db.url);
  if (!dev) await ensureBuild();
} catch (e) {
  console.error(`[start] ${e instanceof Error ? e.message : e}`);
  await shutdown(1);
}

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
console.log(`[start] PrepLoop on http://localhost:${port}`);
child.on("exit", (code, signal) => {
  if (!stopping) void shutdown(code ?? (signal ? 1 : 0));
});
