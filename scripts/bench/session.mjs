// The session check's cost (issue 20), before/after in one run: GET /api/profile signed in on
// an instance with the session cache (lib/server/session-cache.ts) and on one without it
// (PREPLOOP_SESSION_CACHE_MS=0), beside a route answering 401 (no session, no database: the
// framework's floor). autocannon, 20 connections, same database, same cores, rounds alternate.
// Also counts SQL statements per request (deterministic). Usage: npm run bench -- session
//   PREPLOOP_BENCH_SECONDS (default 8) per measurement, PREPLOOP_BENCH_ROUNDS (default 2).
import os from "node:os";
import autocannon from "autocannon";
import { freePort, startAppServer } from "../lib/app-server.mjs";
import { signedInUser, withBenchApp } from "./lib.mjs";

const SECONDS = Number(process.env.PREPLOOP_BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.PREPLOOP_BENCH_ROUNDS ?? 2);
const SECRET = "preploop-bench-secret-0123456789abcdefghij"; // withBenchApp's

async function sessionCookie(baseUrl) {
  return (await signedInUser(baseUrl, { tag: "bench-session" })).cookie;
}

function load(url, headers, expectStatus) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 20, duration: SECONDS, headers }, (err, res) => {
      if (err) return reject(err);
      const wrong = expectStatus === 200 ? res.non2xx : res["2xx"];
      resolve({ rps: res.requests.average, p50: res.latency.p50, p99: res.latency.p99, wrong });
    });
  });
}

async function queriesPerRequest(baseUrl, path, cookie, n = 50) {
  const count = async () => (await (await fetch(`${baseUrl}/api/debug/query-count`)).json()).queries;
  for (let i = 0; i < 5; i++) await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const before = await count();
  for (let i = 0; i < n; i++) await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  return (await count()) - before;
}

export async function run() {
  process.env.PREPLOOP_QUERY_STATS = "1"; // both servers count their SQL statements
  await withBenchApp("preploop_bench_session", measure);
}

async function measure({ baseUrl, databaseUrl }) {
  const off = await startAppServer({
    port: await freePort(),
    env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, PREPLOOP_SESSION_CACHE_MS: "0" },
  });
  try {
    const cookie = await sessionCookie(baseUrl);
    const cases = [
      { name: "401 route (floor)    ", url: `${baseUrl}/api/profile`, headers: {}, status: 401 },
      { name: "profile, cache off   ", url: `${off.baseUrl}/api/profile`, headers: { cookie }, status: 200 },
      { name: "profile, cache on    ", url: `${baseUrl}/api/profile`, headers: { cookie }, status: 200 },
    ];
    const perReq = {
      off: (await queriesPerRequest(off.baseUrl, "/api/profile", cookie)) / 50,
      on: (await queriesPerRequest(baseUrl, "/api/profile", cookie)) / 50,
    };
    console.log(
      `[bench] load average at start: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (${os.cpus().length} cores)`,
    );
    console.log(
      `[bench] SQL statements per GET /api/profile: cache off ${perReq.off}, cache on ${perReq.on}`,
    );
    for (const c of cases) await load(c.url, c.headers, c.status); // warm-up (JIT, pools, cache)
    for (let round = 1; round <= ROUNDS; round++) {
      const results = [];
      for (const c of cases) results.push({ ...c, ...(await load(c.url, c.headers, c.status)) });
      const floor = results[0].rps;
      console.log(`round ${round} (load ${os.loadavg()[0].toFixed(1)}), 20 connections, ${SECONDS} s each:`);
      for (const r of results) {
        console.log(
          `  ${r.name} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  ${(r.rps / floor).toFixed(2)}× floor${r.wrong ? `  (${r.wrong} unexpected statuses!)` : ""}`,
        );
      }
    }
  } finally {
    await off.stop();
  }
}
