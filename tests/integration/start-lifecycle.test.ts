// `npm start` (scripts/start.mjs) exits non-zero, promptly and with a reason, when the app
// server or the embedded PostgreSQL dies, so that a supervisor restarts it (issue 13, item 16).
// Each run uses its own data folder and ports; the production build is the shared one.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, waitForHealth } from "../../scripts/lib/app-server.mjs";
import { workerCount } from "../../scripts/lib/cluster.mjs";
import { alive, childrenOf } from "../support/processes";

const root = path.resolve(import.meta.dirname, "../..");
const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-start-"));
fs.chmodSync(dataRoot, 0o755);
const running: ChildProcess[] = [];
const appPids: number[] = [];


async function gone(pid: number) {
  while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
}

async function waitFor(check: () => boolean, what: string) {
  const deadline = Date.now() + 120_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs `node scripts/start.mjs` until it serves; returns its pids and a promise of its exit. */
async function startPrepLoop() {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PREPLOOP_DB_PORT: String(await freePort()),
    PREPLOOP_DATA_DIR: dataRoot,
    PREPLOOP_SKIP_SEED: "1",
    NEXTAUTH_URL: `http://localhost:${port}`,
  };
  delete env.DATABASE_URL; // the test run's own database: this run must start its embedded one
  const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const pids = await new Promise<{ app: number; db: number }>((resolve, reject) => {
    const look = () => {
      const m = /PrepLoop on http:\/\/localhost:\d+ \(app pid (\d+), PostgreSQL pid (\d+)\)/.exec(output);
      if (m) resolve({ app: Number(m[1]), db: Number(m[2]) });
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    void exited.then(() => reject(new Error(`start.mjs exited before serving:\n${output}`)));
  });
  appPids.push(pids.app);
  await waitForHealth(`http://localhost:${port}`);
  return { pids, exited, output: () => output };
}

afterAll(async () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const pid of appPids) if (alive(pid)) process.kill(pid, "SIGKILL");
  const pidFile = path.join(dataRoot, "postgres", "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (alive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(dataRoot, { recursive: true, force: true });
});

describe("npm start when a child dies", () => {
  it("exits non-zero with the reason when the app server is killed", { timeout: 240_000 }, async () => {
    const run = await startPrepLoop();
    // npm start runs one app process per core (scripts/lib/cluster.mjs): a primary and, on more
    // than one core, its app processes; they go with the primary.
    const processes = workerCount();
    await waitFor(() => (processes > 1 ? childrenOf(run.pids.app).length === processes : true), "every app process to start");
    const appProcesses = childrenOf(run.pids.app);
    process.kill(run.pids.app, "SIGKILL");
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    expect(run.output()).toContain(`the app server (pid ${run.pids.app}) stopped unexpectedly (killed by SIGKILL)`);
    // It stopped the database it had started; no app process is left behind.
    await gone(run.pids.db);
    for (const pid of appProcesses) await gone(pid);
  });

  it("exits non-zero with the reason when the embedded PostgreSQL is killed", { timeout: 240_000 }, async () => {
    const run = await startPrepLoop();
    process.kill(run.pids.db, "SIGKILL");
    const { code } = await run.exited;
    expect(code).not.toBe(0);
    expect(run.output()).toContain(`the embedded PostgreSQL (pid ${run.pids.db}) stopped unexpectedly (killed by SIGKILL)`);
    // It stopped the app server too.
    await gone(run.pids.app);
  });
});
