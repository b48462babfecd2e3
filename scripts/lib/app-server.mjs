// Starts the built app (scripts/lib/serve.mjs, like npm start) on a port, for tests and benchmarks.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { root } from "./run.mjs";

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(baseUrl, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`The app at ${baseUrl} did not become healthy in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Spawns the production server (serve.mjs); resolves once /api/health answers 200. `nodeArgs`
 * go to Node itself (e.g. `--cpu-prof` for a benchmark's profile). One app process unless `env`
 * sets PREPLOOP_WORKERS (npm start runs one per core: scripts/lib/cluster.mjs): tests and
 * benchmarks then see one process's state (a pool of PREPLOOP_DB_POOL_MAX, its log, its counters).
 */
export async function startAppServer({ port, env, quiet = true, nodeArgs = [] }) {
  const serve = path.join(root, "scripts/lib/serve.mjs");
  const child = spawn(process.execPath, [...nodeArgs, serve, "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: `http://localhost:${port}`, PREPLOOP_WORKERS: "1", ...env },
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  let output = "";
  if (quiet) {
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
  }
  const baseUrl = `http://localhost:${port}`;
  try {
    await Promise.race([
      waitForHealth(baseUrl),
      new Promise((_, reject) => child.once("exit", (c) => reject(new Error(`the app server exited (${c}):\n${output}`)))),
    ]);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}
