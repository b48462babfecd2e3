// The app server as a cluster (scripts/lib/cluster.mjs; npm start runs one process per core):
// every process answers, the benchmarks' SQL count is the sum over them, a process that dies
// stops the whole server (exit code 1, the reason, no process left behind), and a wrong
// PREPLOOP_WORKERS stops start-up with the reason. Sessions, throttles and caches shared between
// processes are those shared between instances (instances.test.ts, session-cache tests).
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { alive, childrenOf, cpuTicks } from "../support/processes";

const root = path.resolve(import.meta.dirname, "../..");
type Server = { baseUrl: string; child: ChildProcess; output: () => string; stop: (signal?: string) => Promise<void> };
let server: Server;

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** GET over a connection of its own (no keep-alive): the cluster's primary hands each new connection to the next process. */
function getFresh(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

const queryCount = async () => ((await (await fetch(`${server.baseUrl}/api/debug/query-count`)).json()) as { queries: number }).queries;

beforeAll(async () => {
  server = (await startAppServer({ port: await freePort(), env: { PREPLOOP_WORKERS: "2", PREPLOOP_QUERY_STATS: "1" } })) as Server;
  // Serving once the first process listens; both do once the primary says so.
  await until(() => server.output().includes("(2 processes, pid "), "both app processes to listen");
});
afterAll(async () => {
  await server?.stop();
});

describe("the app server with PREPLOOP_WORKERS=2", () => {
  it("runs two app processes, and requests on new connections reach both", async () => {
    const workers = childrenOf(server.child.pid!);
    expect(workers).toHaveLength(2);
    const before = workers.map(cpuTicks);
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push(await getFresh(`${server.baseUrl}/sign-in`));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const after = workers.map(cpuTicks);
    for (const [i, pid] of workers.entries()) expect(after[i]! - before[i]!, `CPU of app process ${pid}`).toBeGreaterThan(0);
  });

  it("counts the SQL queries of every process (a benchmark's requests land on any)", async () => {
    const start = await queryCount();
    // Each health check runs one query; on new connections they alternate between the processes.
    for (let i = 0; i < 20; i++) expect(await getFresh(`${server.baseUrl}/api/health`)).toBe(200);
    expect((await queryCount()) - start).toBeGreaterThanOrEqual(20);
  });

  it("stops entirely, exit code 1 with the reason, when one app process dies", async () => {
    const workers = childrenOf(server.child.pid!);
    const exited = new Promise<number | null>((resolve) => server.child.once("exit", (code) => resolve(code)));
    process.kill(workers[0]!, "SIGKILL");
    expect(await exited).toBe(1);
    expect(server.output()).toContain(`[serve] app process ${workers[0]} stopped (killed by SIGKILL); stopping the server`);
    await until(() => !alive(workers[1]!), "the other app process to stop");
  });
});

it("refuses a wrong PREPLOOP_WORKERS at start-up, with the reason", async () => {
  const child = spawn(process.execPath, [path.join(root, "scripts/lib/serve.mjs"), "-p", String(await freePort())], {
    cwd: root,
    env: { ...process.env, PREPLOOP_WORKERS: "many" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  expect(code).toBe(1);
  expect(output).toContain('[serve] PREPLOOP_WORKERS must be a whole number from 1 to 64 (got "many")');
});
