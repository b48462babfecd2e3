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

/** Signs up a new user and returns a fetch that sends its session cookie. */
export async function signedInFetch(baseUrl) {
  const email = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@bench.preploop.dev`;
  const password = "benchmark password 123";
  const headers = { "content-type": "application/json", origin: baseUrl };
  const r = await fetch(`${baseUrl}/api/accounts`, { method: "POST", headers, body: JSON.stringify({ email, password, displayName: "Bench" }) });
  if (r.status !== 201) throw new Error(`sign-up failed: ${r.status}`);
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await csrfRes.json();
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error("sign-in failed");
  const cookie = session.split(";")[0];
  return (path, init = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), cookie, origin: baseUrl } });
}

export const serverMs = (res) => Number(/app;dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN);
