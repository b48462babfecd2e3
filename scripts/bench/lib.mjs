// Shared helpers for benchmarks: a fresh database, the built app, a signed-in client.
import { freePort, startAppServer } from "../lib/app-server.mjs";
import { ensureBuild } from "../lib/build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "../lib/database.mjs";

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export function summarise(name, samples) {
  const s = [...samples].sort((a, b) => a - b);
  return `${name}: n=${s.length} p50=${percentile(s, 50).toFixed(1)} ms p95=${percentile(s, 95).toFixed(1)} ms max=${s.at(-1).toFixed(1)} ms`;
}

export async function withBenchApp(database, fn) {
  const db = await resolveDatabase({ database, urlVar: "BENCH_DATABASE_URL", recreate: true });
  let server;
  try {
    await migrateDeploy(db.url);
    await seed(db.url);
    await ensureBuild();
    // PREPLOOP_BENCH_PROFILE=<dir>: the app server writes a V8 CPU profile there when it stops.
    const profileDir = process.env.PREPLOOP_BENCH_PROFILE;
    server = await startAppServer({
      port: await freePort(),
      nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
      env: { DATABASE_URL: db.url, NEXTAUTH_SECRET: "preploop-bench-secret-0123456789abcdefghij" },
    });
    return await fn({ baseUrl: server.baseUrl, databaseUrl: db.url });
  } finally {
    await server?.stop();
    await db.stop();
  }
}

const BENCH_PASSWORD = "benchmark password 123";

/** Signs up a new account (POST /api/accounts): { email, password, user } (user: the 201 body's). */
export async function signUp(baseUrl, { tag = "bench", displayName = "Bench" } = {}) {
  const email = `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}@bench.preploop.dev`;
  const r = await fetch(`${baseUrl}/api/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password: BENCH_PASSWORD, displayName }),
  });
  if (r.status !== 201) throw new Error(`sign-up failed: ${r.status} ${await r.text()}`);
  const { user } = await r.json();
  return { email, password: BENCH_PASSWORD, user };
}

/** Signs in with email + password (next-auth credentials); returns the session cookie (`name=value`). */
export async function signIn(baseUrl, email, password) {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await csrfRes.json();
  const signedIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const session = signedIn.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error("sign-in failed");
  return session.split(";")[0];
}

/** A new account, signed in: { email, password, user, cookie }. */
export async function signedInUser(baseUrl, opts) {
  const account = await signUp(baseUrl, opts);
  return { ...account, cookie: await signIn(baseUrl, account.email, account.password) };
}

/** Signs up a new user and returns a fetch that sends its session cookie. */
export async function signedInFetch(baseUrl) {
  const { cookie } = await signedInUser(baseUrl);
  return (path, init = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), cookie, origin: baseUrl } });
}

export const serverMs = (res) => Number(/app;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN);

/** `warmup` GETs of `path`, then `samples` timed ones (each must answer 200): server and total times in ms, the last body's size. */
export async function timedGets(f, path, { warmup, samples }) {
  for (let i = 0; i < warmup; i++) await (await f(path)).arrayBuffer();
  const server = [];
  const total = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const s = performance.now();
    const res = await f(path);
    const body = await res.arrayBuffer();
    total.push(performance.now() - s);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    server.push(serverMs(res));
    bytes = body.byteLength;
  }
  return { server, total, bytes };
}

/** SQL statements one GET of `path` runs (the server runs with PREPLOOP_QUERY_STATS=1). */
export async function queriesPerGet(baseUrl, f, path) {
  const count = async () => (await (await fetch(`${baseUrl}/api/debug/query-count`)).json()).queries;
  const before = await count();
  const idle = (await count()) - before; // reading the counter runs no query
  const start = await count();
  await (await f(path)).arrayBuffer();
  return (await count()) - start - idle;
}
