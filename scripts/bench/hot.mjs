// The hot paths against the framework's floor and a bare server, in one run (issue 20):
// `npm run bench hot`. Starts the production app on a fresh bench database (PREPLOOP_BENCH=1
// turns on its floor routes, PREPLOOP_QUERY_STATS=1 its SQL counter), beside it a bare
// `node:http` + `pg` server (bare-server.mjs, one primary-key read), seeds two data sets through
// the test factories (hot-seed.ts: a candidate with 20 and one with 2,000 scored attempts, each
// with a mentor holding that many open review requests), then for each hot path prints req/s and
// p50/p99 latency at 20 connections (autocannon, fixed duration after a warm-up, on the large
// data set), the ratio of its req/s to the empty route and to bare, and the SQL queries per
// request on the small and on the large data set (deterministic; must not grow with data).
//
// Knobs: PREPLOOP_BENCH_SECONDS (per path, default 5), PREPLOOP_BENCH_ONLY=name,name (run only
// those paths; with PREPLOOP_BENCH_PROFILE=<dir> that gives one CPU profile per path),
// PREPLOOP_BENCH_ATTEMPTS (the large data set, default 2000). Numbers only; nothing is asserted,
// but a path answering anything but its expected status fails the run (no silent 401 numbers).
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "../lib/app-server.mjs";
import { root, run as runCommand } from "../lib/run.mjs";
import { withBenchApp } from "./lib.mjs";

const CONNECTIONS = 20;
const SECONDS = Number(process.env.PREPLOOP_BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const LARGE = Number(process.env.PREPLOOP_BENCH_ATTEMPTS ?? 2_000);
const ONLY = process.env.PREPLOOP_BENCH_ONLY?.split(",").filter(Boolean);
const ANSWER = "Bias-variance trade-off: regularise, validate, watch the learning curves. ".repeat(14);

/** Signs in with email + password (next-auth credentials) and returns the session cookie. */
async function signIn(baseUrl, email, password) {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in of ${email} failed (${res.status})`);
  return session.split(";")[0];
}

async function call(baseUrl, cookie, method, url, body) {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: { cookie, origin: baseUrl, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text.startsWith("{") ? JSON.parse(text) : text;
}

/**
 * Versioned writers: each request takes a free item (an attempt or a mock slot), sends the
 * version it holds and keeps the new one, so concurrent saves never hit their own 409s.
 * `reset` re-reads every version (requests cut off at the end of a load run never report back).
 */
function writers(items, request, version) {
  let free = [...items];
  let shared = 0;
  return {
    shared: () => shared,
    async reset() {
      for (const item of items) item.version = await version(item);
      free = [...items];
    },
    take() {
      const item = free.pop() ?? (shared++, items[0]);
      return { item, ...request(item) };
    },
    done(item, status, body) {
      if (status === 200) item.version = JSON.parse(body).version;
      if (!free.includes(item)) free.push(item);
    },
  };
}

/** One path on one data set: a request (static, or from a writer pool) with its cookie. */
function target({ method = "GET", url, cookie, pool, status = 200, timeout }) {
  return {
    status,
    timeout,
    reset: pool ? () => pool.reset() : undefined,
    /** Sequential requests through fetch (for counting queries and checking the status). */
    async once(baseUrl) {
      const r = pool ? pool.take() : { url, body: undefined };
      const res = await fetch(`${baseUrl}${r.url}`, {
        method,
        headers: { ...(cookie ? { cookie } : {}), origin: baseUrl, ...(r.body ? { "content-type": "application/json" } : {}) },
        body: r.body,
      });
      const text = await res.text();
      if (pool) pool.done(r.item, res.status, text);
      if (res.status !== status) throw new Error(`${method} ${r.url} answered ${res.status}, expected ${status}: ${text.slice(0, 300)}`);
    },
    /** The autocannon request list. */
    requests(baseUrl) {
      const headers = { ...(cookie ? { cookie } : {}), origin: baseUrl, "content-type": "application/json" };
      if (!pool) return [{ method, path: url, headers }];
      return [
        {
          method,
          headers,
          setupRequest(req, context) {
            const r = pool.take();
            context.item = r.item;
            return { ...req, path: r.url, body: r.body };
          },
          onResponse(code, body, context) {
            pool.done(context.item, code, body);
          },
        },
      ];
    },
  };
}

async function load(url, requests, seconds, timeout = 10) {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, requests, timeout });
}

/** Waits until the server answers the empty route again (a slow path's backlog has drained). */
async function drain(baseUrl) {
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/api/debug/empty`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      return;
    } catch {
      // still busy: try again
    }
  }
}

async function measure(baseUrl, t, isApp = true) {
  await t.reset?.();
  await load(baseUrl, t.requests(baseUrl), WARMUP_SECONDS, t.timeout);
  if (isApp) await drain(baseUrl);
  await t.reset?.();
  const r = await load(baseUrl, t.requests(baseUrl), SECONDS, t.timeout);
  if (isApp) await drain(baseUrl);
  // A path answering 409/401/timeouts under load is not a result: say so beside its numbers.
  const bad = r.non2xx + r.errors + r.timeouts;
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad, timeouts: r.timeouts, total: r.requests.total + r.timeouts };
}

async function queriesPerRequest(baseUrl, t, n = 4) {
  const count = async () => (await (await fetch(`${baseUrl}/api/debug/query-count`)).json()).queries;
  await t.reset?.();
  await t.once(baseUrl); // warm: the first request may fill per-process caches
  const start = await count();
  for (let i = 0; i < n; i++) await t.once(baseUrl);
  return ((await count()) - start) / n;
}

function startBare(databaseUrl, port) {
  const child = spawn(process.execPath, [path.join(root, "scripts/bench/bare-server.mjs"), String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (c) => reject(new Error(`the bare server exited (${c})`)));
    child.stdout.once("data", () =>
      resolve({ baseUrl: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => (child.once("exit", r), child.kill("SIGTERM"))) }),
    );
  });
}

/** Per data set: sign-ins, then the in-progress attempts and mocks the write paths save to. */
async function prepare(baseUrl, seeded, name) {
  const { password } = seeded;
  const set = seeded[name];
  const candidate = await signIn(baseUrl, set.candidate, password);
  const mentor = await signIn(baseUrl, set.mentor, password);
  const markdown = [];
  for (const type of ["technical", "system-design"]) {
    const list = await call(baseUrl, candidate, "GET", `/api/questions?type=${type}&limit=50`);
    markdown.push(...list.items);
  }
  const writersNeeded = CONNECTIONS + 4;
  const attempts = [];
  for (const q of markdown.slice(0, writersNeeded)) {
    const { attempt } = await call(baseUrl, candidate, "POST", "/api/practice/attempts", { questionId: q.id });
    attempts.push({ id: attempt.id, version: attempt.version });
  }
  if (attempts.length < writersNeeded) throw new Error(`only ${attempts.length} markdown questions for the autosave writers`);
  const slots = [];
  for (let i = 0; i < writersNeeded; i++) {
    const mock = await call(baseUrl, candidate, "POST", "/api/mocks", { templateId: "technical-45" });
    const id = mock.mock?.id ?? mock.id;
    const a = await call(baseUrl, candidate, "GET", `/api/mocks/${id}/answers/0`);
    if (a.format !== "MARKDOWN" && !("text" in a.answer)) throw new Error(`mock ${id} slot 0 is not a markdown answer`);
    slots.push({ id, version: a.version });
  }
  return { candidate, mentor, question: markdown[0].id, attempts, slots };
}

function paths(baseUrl, s) {
  const attemptVersion = async (item) => (await call(baseUrl, s.candidate, "GET", `/api/practice/attempts/${item.id}`)).attempt.version;
  const slotVersion = async (item) => (await call(baseUrl, s.candidate, "GET", `/api/mocks/${item.id}/answers/0`)).version;
  const save = (item) => ({ url: `/api/practice/attempts/${item.id}`, body: JSON.stringify({ answer: { text: ANSWER }, version: item.version }) });
  const mockSave = (item) => ({ url: `/api/mocks/${item.id}/answers/0`, body: JSON.stringify({ answer: { text: ANSWER }, version: item.version }) });
  return [
    ["session check alone", "session", { url: "/api/debug/session", cookie: s.candidate }],
    ["profile", "profile", { url: "/api/profile", cookie: s.candidate }],
    ["question by id", "question", { url: `/api/questions/${s.question}`, cookie: s.candidate }],
    ["question list (limit 20)", "list", { url: "/api/questions?limit=20", cookie: s.candidate }],
    ["question search q=model", "search", { url: "/api/questions?q=model&limit=20", cookie: s.candidate }],
    ["autosave PUT attempt", "autosave", { method: "PUT", cookie: s.candidate, pool: writers(s.attempts, save, attemptVersion) }],
    ["mock answer save PUT", "mocksave", { method: "PUT", cookie: s.candidate, pool: writers(s.slots, mockSave, slotVersion) }],
    ["mentor queue", "queue", { url: "/api/mentoring/queue", cookie: s.mentor }],
    ["dashboard API /api/progress", "progress", { url: "/api/progress", cookie: s.candidate }],
    // A full page render: 30 s client timeout, so a loaded machine still yields a number.
    ["dashboard page /dashboard", "dashboard", { url: "/dashboard", cookie: s.candidate, timeout: 30 }],
  ];
}

const pad = (v, n) => String(v).padStart(n);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

export async function run() {
  process.env.PREPLOOP_QUERY_STATS = "1"; // the app server inherits both
  process.env.PREPLOOP_BENCH = "1";
  await withBenchApp("preploop_bench_hot", async ({ baseUrl, databaseUrl }) => {
    const t0 = performance.now();
    const out = await runCommand("tsx", ["scripts/bench/hot-seed.ts", String(LARGE)], { env: { DATABASE_URL: databaseUrl }, quiet: true });
    const seeded = JSON.parse(out.trim().split("\n").at(-1));
    const small = await prepare(baseUrl, seeded, "small");
    const large = await prepare(baseUrl, seeded, "large");
    console.log(`seeded and prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const bare = await startBare(databaseUrl, await freePort());
    try {
      console.log(
        `load: ${os.cpus().length} cores shared with other work (1-min load average ${os.loadavg()[0].toFixed(1)}); autocannon in this process; ${CONNECTIONS} connections, ${SECONDS} s per path after ${WARMUP_SECONDS} s warm-up; data: ${seeded.small.attempts} vs ${seeded.large.attempts} attempts / open review requests`,
      );
      const refs = {
        bare: await measure(bare.baseUrl, target({ url: `/question/${large.question}` }), false),
        empty: await measure(baseUrl, target({ url: "/api/debug/empty" })),
      };
      const head = `${"path".padEnd(30)} ${pad("req/s", 7)} ${pad("p50 ms", 7)} ${pad("p99 ms", 7)} ${pad("×empty", 7)} ${pad("×bare", 7)}  queries/req small→large`;
      console.log(head);
      const line = (name, m, q) =>
        console.log(
          `${name.padEnd(30)} ${pad(m.rps.toFixed(0), 7)} ${pad(m.p50, 7)} ${pad(m.p99, 7)} ${pad(ratio(m.rps, refs.empty.rps), 7)} ${pad(ratio(m.rps, refs.bare.rps), 7)}  ${q}${m.bad || !m.total ? `  (${m.bad} of ${m.total} not 2xx, ${m.timeouts} timed out)` : ""}`,
        );
      line("bare node:http + pg (1 read)", refs.bare, "1");
      line("empty Next.js route", refs.empty, "0");
      const smallPaths = paths(baseUrl, small);
      for (const [i, [name, key, spec]] of paths(baseUrl, large).entries()) {
        if (ONLY && !ONLY.includes(key)) continue;
        const qSmall = await queriesPerRequest(baseUrl, target(smallPaths[i][2]));
        const t = target(spec);
        const qLarge = await queriesPerRequest(baseUrl, t);
        const m = await measure(baseUrl, t);
        const shared = spec.pool?.shared() ?? 0;
        line(`${name} [${key}]`, m, `${qSmall} → ${qLarge}${qLarge > qSmall ? "  GROWS WITH DATA" : ""}${shared ? ` (${shared} saves shared a writer)` : ""}`);
      }
      console.log(`(empty route measured again at the end: ${(await measure(baseUrl, target({ url: "/api/debug/empty" }))).rps.toFixed(0)} req/s, to show drift in machine load)`);
    } finally {
      await bare.stop();
    }
  });
}
