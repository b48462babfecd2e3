// npm run bench pool: the database pool size (PREPLOOP_DB_POOL_MAX) swept in one run (issue 20).
// One bench database and build; for each size an app server of its own on the same database,
// and on it, at 20 connections (autocannon, warm-up then a fixed duration): the empty Next.js
// route (the floor, to read the others as ratios under a shifting load), GET /api/profile (one
// query with a warm session cache), GET /api/questions?limit=20 (the list) and GET /api/progress
// (the dashboard's API, the heaviest reads). Prints req/s, p99 and non-2xx per size and path.
// Knobs: PREPLOOP_BENCH_POOL_SIZES (default 3,5,10,20), PREPLOOP_BENCH_SECONDS (default 5).
// Numbers only; nothing is asserted.
import os from "node:os";
import autocannon from "autocannon";
import { freePort, startAppServer } from "../lib/app-server.mjs";
import { signedInUser, withBenchApp } from "./lib.mjs";

const SIZES = (process.env.PREPLOOP_BENCH_POOL_SIZES ?? "3,5,10,20").split(",").map(Number);
const SECONDS = Number(process.env.PREPLOOP_BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;
const PATHS = [
  ["empty route", "/api/debug/empty"],
  ["profile", "/api/profile"],
  ["question list", "/api/questions?limit=20"],
  ["progress API", "/api/progress"],
];

const load = (url, headers, duration) =>
  autocannon({ url, connections: CONNECTIONS, duration, headers, timeout: 30 });

export async function run() {
  process.env.PREPLOOP_BENCH = "1"; // the empty route answers
  await withBenchApp("preploop_bench_pool", async ({ baseUrl, databaseUrl }) => {
    const { cookie } = await signedInUser(baseUrl, { tag: "bench-pool" });
    console.log(
      `load: ${os.cpus().length} cores shared with other work (1-min load average ${os.loadavg()[0].toFixed(1)}); ${CONNECTIONS} connections, ${SECONDS} s per path after 2 s warm-up`,
    );
    console.log(`${"pool".padEnd(5)} ${"path".padEnd(14)} ${"req/s".padStart(7)} ${"p99 ms".padStart(7)} ${"×empty".padStart(7)}  non-2xx`);
    for (const max of SIZES) {
      const server = await startAppServer({
        port: await freePort(),
        env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "preploop-bench-secret-0123456789abcdefghij", PREPLOOP_DB_POOL_MAX: String(max) },
      });
      try {
        let floor = null;
        for (const [name, path] of PATHS) {
          const url = `${server.baseUrl}${path}`;
          const headers = { cookie };
          const check = await fetch(url, { headers });
          if (check.status !== 200) throw new Error(`${path} answered ${check.status}`);
          await load(url, headers, 2);
          const r = await load(url, headers, SECONDS);
          floor ??= r.requests.average;
          console.log(
            `${String(max).padEnd(5)} ${name.padEnd(14)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p99).padStart(7)} ${`${(r.requests.average / floor).toFixed(2)}×`.padStart(7)}  ${r.non2xx + r.errors + r.timeouts}`,
          );
        }
      } finally {
        await server.stop();
      }
    }
    console.log(`(1-min load average at the end ${os.loadavg()[0].toFixed(1)})`);
  });
}
