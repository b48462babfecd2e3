// The dashboard under load (issue 20): one user with 20,000 practice attempts over two years
// (progress.mjs's seed: weekly self-assessments, a finished mock a week, quiz answers, review
// cards, 1,000 other users) plus mentor reviews of one answer in ten and AI reviews of one in
// eight (a second, newer review of one in forty). Prints, for GET /dashboard and GET /api/progress:
// - sequential latency p50/p95/p99/max over 200 requests with the user's progress cached ("warm",
//   after 10 untimed views) and right after a write that invalidates it ("cold": the full
//   computation, what every view cost before the cache);
// - autocannon at 20 and 200 connections: req/s, p50/p97.5/p99, timeouts, errors, non-2xx;
// - SQL queries per request for that user and for a user with one attempt.
// - the app server's CPU time per request (from /proc, sequential, warm) beside the empty route's;
// - the bytes of the page's HTML and of its RSC payload (what a client-side navigation fetches)
//   and the HTML's element count: load-independent;
// - the empty Next.js route (PREPLOOP_BENCH=1's GET /api/debug/empty) at 20 connections in the
//   same run, and each path's req/s as a ratio to it (the ratio holds better under load);
// - the page floor: /developers, a near-empty signed-in page in the same layout, its CPU per
//   request and req/s at 20 connections (what any page here costs before its own content);
// - the framework's page floor: PREPLOOP_BENCH=1's /debug/empty-page (one paragraph, the root
//   layout only: no session, no database, no navigation), its CPU per request and req/s: what
//   any page costs in Next.js on this machine, the ceiling for every page of the app.
// The app server runs as npm start runs it: one process per core (scripts/lib/cluster.mjs;
// PREPLOOP_WORKERS=1 for one); its CPU is its processes' together, its SQL count their sum.
// PREPLOOP_BENCH_SECONDS sets each autocannon run's duration (default 20);
// PREPLOOP_BENCH_CONNECTIONS the connection counts (default 20,200); PREPLOOP_BENCH_PROFILE=<dir>
// makes each app process write a V8 CPU profile there when it stops; PREPLOOP_BENCH_SAVE=<dir> writes
// the page's HTML and RSC payload there (dashboard.html, dashboard.rsc) to see what they carry;
// PREPLOOP_BENCH_CPU_ONLY=1 stops after the CPU per request (no load runs). The dashboard's own CPU
// per render is measured in rounds interleaved with the floor page, so a drifting load hits both
// alike (the figure to compare between runs). Between runs the bench waits
// until the server has answered what the last run left queued. Numbers only.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { freePort, waitForHealth } from "../lib/app-server.mjs";
import { ensureBuild } from "../lib/build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "../lib/database.mjs";
import { workerCount } from "../lib/cluster.mjs";
import { root } from "../lib/run.mjs";
import { coresSnapshot, coresText, processTreeMs, responseShape } from "./cores.mjs";
import { percentile, signedInFetch } from "./lib.mjs";
import { seedHistory, userIdOf } from "./progress.mjs";

const SECONDS = Number(process.env.PREPLOOP_BENCH_SECONDS ?? 20);
/** Requests per sequential run (PREPLOOP_BENCH_SAMPLES): 200 puts the p95 on the 10th slowest, not the 3rd of 60. */
const SAMPLES = Number(process.env.PREPLOOP_BENCH_SAMPLES ?? 200);
const WARM_UP = 10;
const PATHS = ["/api/progress", "/dashboard"];
/** A signed-in page in the same layout with next to nothing of its own (a heading, a paragraph, one script tag): the page floor. */
const FLOOR_PAGE = "/developers";
/** A page with nothing of ours (root layout only): what any Next.js page render costs here. */
const EMPTY_PAGE = "/debug/empty-page";
const CONNECTIONS = (process.env.PREPLOOP_BENCH_CONNECTIONS ?? "20,200").split(",").map(Number).filter(Boolean);
const PROFILE_DIR = process.env.PREPLOOP_BENCH_PROFILE;
const SAVE_DIR = process.env.PREPLOOP_BENCH_SAVE;
const CPU_ONLY = process.env.PREPLOOP_BENCH_CPU_ONLY === "1";

/** withBenchApp (lib.mjs) with a start-up allowance for a machine shared by many sessions (10 min, not 1). */
async function withApp(database, fn) {
  const db = await resolveDatabase({ database, urlVar: "BENCH_DATABASE_URL", recreate: true });
  let child;
  try {
    await migrateDeploy(db.url);
    await seed(db.url);
    await ensureBuild();
    const port = await freePort();
    const profile = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
    child = spawn(process.execPath, [...profile, path.join(root, "scripts/lib/serve.mjs"), "-p", String(port)], {
      cwd: root,
      env: { ...process.env, PREPLOOP_BENCH: "1", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: `http://localhost:${port}`, DATABASE_URL: db.url, NEXTAUTH_SECRET: "preploop-bench-secret-0123456789abcdefghij" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const baseUrl = `http://localhost:${port}`;
    await waitForHealth(baseUrl, 600_000);
    return await fn({ baseUrl, databaseUrl: db.url, pid: child.pid });
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await db.stop();
  }
}

async function seedReviews(client, userId) {
  const t0 = performance.now();
  await client.query(
    `INSERT INTO "User" (id, email, "displayName", "updatedAt")
     SELECT 'bench-mentor-' || g, 'mentor-' || g || '@bench.preploop.dev', 'Mentor ' || g, now() FROM generate_series(1, 3) g`,
  );
  await client.query(
    `INSERT INTO "MentorReview" (id, "attemptId", "candidateId", "mentorId", "technicalAccuracy", "communicationClarity",
       "problemSolving", "practicalConsiderations", summary, "createdAt", "updatedAt")
     SELECT 'bench-mr-' || a.id, a.id, a."userId", 'bench-mentor-' || (1 + abs(hashint4(n)) % 3),
            abs(hashint4(n + 11)) % 11, abs(hashint4(n + 12)) % 11, abs(hashint4(n + 13)) % 11, abs(hashint4(n + 14)) % 11, '',
            a."submittedAt" + interval '2 days', a."submittedAt" + interval '2 days'
     FROM (SELECT *, substring(id from 12)::int AS n FROM "PracticeAttempt" WHERE "userId" = $1) a WHERE a.n % 10 = 3`,
    [userId],
  );
  const ai = (suffix, filter, delay) => `
    INSERT INTO "AiReview" (id, "userId", "attemptId", "technicalAccuracy", "technicalAccuracyReason", "communicationClarity",
      "communicationClarityReason", "problemSolving", "problemSolvingReason", "practicalConsiderations", "practicalConsiderationsReason",
      "keyPoints", improvements, summary, model, "promptVersion", "createdAt")
    SELECT 'bench-ai-${suffix}-' || a.id, a."userId", a.id, abs(hashint4(n + 21)) % 11, 'r', abs(hashint4(n + 22)) % 11, 'r',
           abs(hashint4(n + 23)) % 11, 'r', abs(hashint4(n + 24)) % 11, 'r', '[]'::jsonb, '{}', 'summary', 'bench-model', 'v1',
           a."submittedAt" + interval '${delay}'
    FROM (SELECT *, substring(id from 12)::int AS n FROM "PracticeAttempt" WHERE "userId" = $1) a WHERE ${filter}`;
  await client.query(ai("1", "a.n % 8 = 5", "10 minutes"), [userId]);
  await client.query(ai("2", "a.n % 40 = 5", "3 days"), [userId]);
  await client.query(`VACUUM ANALYZE "MentorReview"`);
  await client.query(`VACUUM ANALYZE "AiReview"`);
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM "MentorReview" WHERE "candidateId" = $1)::int AS m, (SELECT count(*) FROM "AiReview" WHERE "userId" = $1)::int AS a`,
    [userId],
  );
  console.log(`seeded ${rows[0].m} mentor reviews and ${rows[0].a} AI reviews in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** signedInFetch, plus the session cookie for autocannon: sign in again with the same account's cookie jar. */
async function signedIn(baseUrl) {
  let cookie = null;
  const f = await signedInFetch(baseUrl);
  // signedInFetch keeps its cookie to itself: read it back from a request it sends.
  const origFetch = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    cookie = init?.headers?.cookie ?? null;
    return origFetch(url, init);
  };
  try {
    await (await f("/api/profile")).arrayBuffer();
  } finally {
    globalThis.fetch = origFetch;
  }
  if (!cookie) throw new Error("no session cookie");
  return { f, cookie };
}

async function queriesPerRequest(baseUrl, f, path) {
  const count = async () => (await (await fetch(`${baseUrl}/api/debug/query-count`)).json()).queries;
  const start = await count();
  const res = await f(path);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  return (await count()) - start;
}

/**
 * Sequential latencies over SAMPLES requests; `before` runs ahead of each request (outside the
 * timing). WARM_UP requests go first, untimed: a "warm" run measures the cache as it stands after
 * a view (an earlier run's write may have emptied it) and code the JIT has already seen.
 */
async function sequential(f, path, before = async () => {}) {
  for (let i = 0; i < WARM_UP; i++) await (await f(path)).arrayBuffer();
  const ms = [];
  for (let i = 0; i < SAMPLES; i++) {
    await before();
    const s = performance.now();
    const res = await f(path);
    await res.arrayBuffer();
    ms.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  }
  const s = ms.sort((a, b) => a - b);
  const at = (p) => percentile(s, p).toFixed(1);
  return `p50=${at(50)} ms p95=${at(95)} ms p99=${at(99)} ms max=${s.at(-1).toFixed(1)} ms (n=${s.length})`;
}

/**
 * The app server's CPU time so far (user + system, ms) from /proc, its processes together (one,
 * or a cluster's primary and workers); null where there is no /proc.
 */
function cpuMs(pid) {
  return fs.existsSync(`/proc/${pid}/stat`) ? processTreeMs(pid) : null;
}

/**
 * The server's CPU time per request over `n` sequential requests: what a request costs the
 * server, which a loaded machine delays but does not inflate much (unlike latency and req/s).
 */
async function cpuPerRequest(pid, f, path, n = 200) {
  const start = cpuMs(pid);
  if (start === null) return "n/a (no /proc)";
  for (let i = 0; i < n; i++) {
    const res = await f(path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
  }
  return `${((cpuMs(pid) - start) / n).toFixed(2)} ms`;
}

/**
 * What a page costs the server beyond the page floor, robust to the machine's load drifting:
 * `rounds` rounds of `n` sequential requests to the floor, then `n` to the page, each timed
 * from /proc; the per-round difference shares that round's load. Prints the medians.
 */
async function ownCpuPerRequest(pid, f, page, floor, rounds = 8, n = 50) {
  if (cpuMs(pid) === null) return "n/a (no /proc)";
  const perRequest = async (path) => {
    const start = cpuMs(pid);
    for (let i = 0; i < n; i++) {
      const res = await f(path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    }
    return (cpuMs(pid) - start) / n;
  };
  const floors = [];
  const pages = [];
  for (let r = 0; r < rounds; r++) {
    floors.push(await perRequest(floor));
    pages.push(await perRequest(page));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const own = pages.map((p, i) => p - floors[i]);
  return `median ${median(own).toFixed(2)} ms over the floor (page ${median(pages).toFixed(2)} ms, floor ${median(floors).toFixed(2)} ms; per round: ${own.map((x) => x.toFixed(1)).join(", ")})`;
}

/** Waits until the server has worked off what a load run left queued (a signed-in request answers in under a second). */
async function drained(f) {
  for (;;) {
    const s = performance.now();
    await (await f("/api/profile")).arrayBuffer();
    if (performance.now() - s < 1000) return;
  }
}

/** The processes whose CPU a load run splits between (coresSnapshot); set once the app and the database run. */
let parties = null;

async function load(baseUrl, cookie, path, connections, empty) {
  const before = parties && coresSnapshot(parties);
  const r = await autocannon({ url: `${baseUrl}${path}`, connections, duration: SECONDS, timeout: 10, headers: cookie ? { cookie } : {} });
  const cores = before ? `\n  ${coresText(before, coresSnapshot(parties), r.requests.total)}` : "";
  const l = r.latency;
  const ratio = empty ? `, ${(r.requests.average / empty).toFixed(2)}× the empty route` : "";
  return {
    rps: r.requests.average,
    text:
      `${path} at ${connections} connections: ${r.requests.average.toFixed(1)} req/s${ratio}, p50=${l.p50} ms p97.5=${l.p97_5} ms p99=${l.p99} ms, ` +
      `timeouts=${r.timeouts} errors=${r.errors} non-2xx=${r.non2xx} (${r.requests.total} requests in ${SECONDS} s)${cores}`,
  };
}

/** The page's HTML and RSC payload sizes, the HTML's element count and the payload's React elements (what hydration walks): load-independent. */
async function pageBytes(f, page) {
  const html = await (await f(page)).text();
  const res = await f(page, { headers: { rsc: "1" } });
  if (!res.headers.get("content-type")?.startsWith("text/x-component")) throw new Error(`GET ${page} with RSC: 1 answered ${res.headers.get("content-type")}`);
  const rsc = await res.text();
  if (SAVE_DIR) {
    fs.mkdirSync(SAVE_DIR, { recursive: true });
    fs.writeFileSync(path.join(SAVE_DIR, "dashboard.html"), html);
    fs.writeFileSync(path.join(SAVE_DIR, "dashboard.rsc"), rsc);
  }
  const elements = html.match(/<[a-zA-Z]/g)?.length ?? 0;
  const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`;
  const rscElements = rsc.match(/\["\$","/g)?.length ?? 0;
  return `${page} bytes: HTML ${kb(html)} (${elements} elements), RSC payload ${kb(rsc)} (${rscElements} React elements)`;
}

/** Each page's response on the wire as autocannon gets it (no accept-encoding) and as a browser does (gzip): bytes and chunks (one per flush). */
async function wireShapes(baseUrl, cookie) {
  const lines = [];
  for (const page of [EMPTY_PAGE, FLOOR_PAGE, "/dashboard"]) {
    for (const [label, headers] of [["plain", {}], ["gzip", { "accept-encoding": "gzip" }]]) {
      const s = await responseShape(baseUrl, page, { cookie, ...headers });
      if (s.status !== 200) throw new Error(`GET ${page} answered ${s.status}`);
      lines.push(`${page} on the wire (${label}): ${(s.wire / 1024).toFixed(1)} KB, body ${(s.body / 1024).toFixed(1)} KB in ${s.chunks} chunks, content-encoding ${s.encoding}`);
    }
  }
  return lines.join("\n");
}

export async function run() {
  process.env.PREPLOOP_QUERY_STATS = "1";
  await withApp("preploop_bench_dashboard", async ({ baseUrl, databaseUrl, pid }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const small = await signedInFetch(baseUrl);
      const { f, cookie } = await signedIn(baseUrl);
      const userId = await userIdOf(client, f);
      await seedHistory(client, userId);
      await seedReviews(client, userId);
      for (const path of PATHS) for (let i = 0; i < 5; i++) await (await f(path)).arrayBuffer();

      // A write that changes the user's progress: re-score one answer (the same score: the data stays put).
      const write = async () => {
        await client.query(`UPDATE "PracticeAttempt" SET "technicalAccuracy" = "technicalAccuracy" WHERE id = 'bench-main-2'`);
      };
      console.log("machine load: label the numbers with `uptime` below (2 cores shared with other sessions)");
      console.log(`app server: ${workerCount()} process(es) (PREPLOOP_WORKERS; scripts/lib/cluster.mjs), on ${(await import("node:os")).availableParallelism()} cores`);
      console.log(`uptime: ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
      for (const path of PATHS) {
        console.log(`${path} sequential, warm: ${await sequential(f, path)}`);
        console.log(`${path} sequential, after a write (cold): ${await sequential(f, path, write)}`);
        await write();
        const cold = await queriesPerRequest(baseUrl, f, path);
        const warm = await queriesPerRequest(baseUrl, f, path);
        await queriesPerRequest(baseUrl, small, path);
        const smallWarm = await queriesPerRequest(baseUrl, small, path);
        console.log(`${path} SQL queries per request (session check included): 20,000 attempts ${cold} after a write, ${warm} warm; one attempt ${smallWarm} warm`);
      }
      console.log(await pageBytes(f, "/dashboard"));
      console.log(await wireShapes(baseUrl, cookie));
      // The postmaster is the parent of this connection's backend.
      const backend = (await client.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
      parties = { appPid: pid, postmasterPid: Number(fs.readFileSync(`/proc/${backend}/stat`, "utf8").split(") ")[1].split(" ")[1]) };
      // Server CPU per request (warm), beside the empty route's in the same run: the ratio is what req/s can reach.
      const emptyCpu = await cpuPerRequest(pid, fetch, `${baseUrl}/api/debug/empty`);
      // The page floor: a signed-in page in the same layout (session check, navigation, CSP nonce)
      // with next to nothing of its own, so what the dashboard's content costs is the difference.
      const emptyPageCpu = await cpuPerRequest(pid, fetch, `${baseUrl}${EMPTY_PAGE}`);
      console.log(`${EMPTY_PAGE} (a page with nothing of ours: the framework's page floor) server CPU per request, warm, sequential: ${emptyPageCpu}`);
      const floorCpu = await cpuPerRequest(pid, f, FLOOR_PAGE);
      console.log(`${FLOOR_PAGE} (a near-empty page in the same layout) server CPU per request, warm, sequential: ${floorCpu}`);
      for (const path of PATHS) console.log(`${path} server CPU per request, warm, sequential: ${await cpuPerRequest(pid, f, path)} (the empty route: ${emptyCpu}; the page floor: ${floorCpu})`);
      console.log(`/dashboard's own server CPU per render (8 rounds of 50 ${FLOOR_PAGE}, then 50 /dashboard): ${await ownCpuPerRequest(pid, f, "/dashboard", FLOOR_PAGE)}`);
      if (CPU_ONLY) {
        console.log(`uptime: ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
        return;
      }
      await drained(f);
      const empty = (await load(baseUrl, null, "/api/debug/empty", 20)).rps;
      console.log(`/api/debug/empty (the framework's floor) at 20 connections: ${empty.toFixed(1)} req/s`);
      await drained(f);
      console.log((await load(baseUrl, null, EMPTY_PAGE, 20, empty)).text);
      await drained(f);
      console.log((await load(baseUrl, cookie, FLOOR_PAGE, 20, empty)).text);
      for (const path of PATHS) {
        for (const connections of CONNECTIONS) {
          await drained(f);
          console.log((await load(baseUrl, cookie, path, connections, empty)).text);
        }
      }
      console.log(`uptime: ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    } finally {
      await client.end();
    }
  });
}
