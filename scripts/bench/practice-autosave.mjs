// Autosave under load: 20 concurrent writers, each autosaving its own attempt in a loop
// (PUT /api/practice/attempts/:id with the version it holds), against the same conditional
// UPDATE done by a bare `pg` client with 20 connections. Prints p50/p95 and requests/s for
// both, and their ratio. Numbers only; nothing is asserted.
import pg from "pg";
import { percentile, serverMs, signedInFetch, summarise, withBenchApp } from "./lib.mjs";

const WRITERS = 20;
const SAVES_PER_WRITER = 50;

const text = (i, n) => `Answer of writer ${i}, keystroke batch ${n}. ` + "Bias-variance trade-off, regularisation. ".repeat(40);

async function appRun(baseUrl) {
  const writers = [];
  for (let i = 0; i < WRITERS; i++) {
    const f = await signedInFetch(baseUrl);
    const q = await (await f("/api/questions?type=technical&limit=1")).json();
    const start = await f("/api/practice/attempts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ questionId: q.items[0].id }),
    });
    const { attempt } = await start.json();
    writers.push({ f, id: attempt.id, version: attempt.version });
  }
  // Warm-up.
  for (const w of writers) {
    const r = await w.f(`/api/practice/attempts/${w.id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answer: { text: "warm" }, version: w.version }),
    });
    w.version = (await r.json()).version;
  }
  const total = [];
  const server = [];
  let failures = 0;
  const t0 = performance.now();
  await Promise.all(
    writers.map(async (w, i) => {
      for (let n = 0; n < SAVES_PER_WRITER; n++) {
        const s = performance.now();
        const r = await w.f(`/api/practice/attempts/${w.id}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ answer: { text: text(i, n) }, version: w.version }),
        });
        const body = await r.json();
        total.push(performance.now() - s);
        server.push(serverMs(r));
        if (r.status === 200) w.version = body.version;
        else failures++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { total, server, rps: total.length / seconds, failures, ids: writers.map((w) => w.id) };
}

async function pgRun(databaseUrl, ids) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: WRITERS });
  try {
    const versions = new Map();
    for (const id of ids) {
      const { rows } = await pool.query(`SELECT version FROM "PracticeAttempt" WHERE id = $1`, [id]);
      versions.set(id, rows[0].version);
    }
    const samples = [];
    const t0 = performance.now();
    await Promise.all(
      ids.map(async (id, i) => {
        for (let n = 0; n < SAVES_PER_WRITER; n++) {
          const s = performance.now();
          // The same conditional write the API does: only if the version is current and in progress.
          const { rows } = await pool.query(
            `UPDATE "PracticeAttempt" SET answer = $1::jsonb, version = version + 1, "updatedAt" = now()
             WHERE id = $2 AND version = $3 AND status = 'IN_PROGRESS' RETURNING version`,
            [JSON.stringify({ text: text(i, n) }), id, versions.get(id)],
          );
          samples.push(performance.now() - s);
          if (rows[0]) versions.set(id, rows[0].version);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    return { samples, rps: samples.length / seconds };
  } finally {
    await pool.end();
  }
}

export async function run() {
  return withBenchApp("preploop_bench_practice", async ({ baseUrl, databaseUrl }) => {
    const app = await appRun(baseUrl);
    const raw = await pgRun(databaseUrl, app.ids);
    const sorted = (a) => [...a].sort((x, y) => x - y);
    const p = (a, q) => percentile(sorted(a), q);
    console.log(
      [
        `practice-autosave (${WRITERS} concurrent writers × ${SAVES_PER_WRITER} saves, ~1.7 KB answers)`,
        `  API PUT /api/practice/attempts/:id   ${summarise("round trip", app.total)}  ${app.rps.toFixed(0)} req/s  (${app.failures} non-200)`,
        `  API server time (Server-Timing)       ${summarise("server    ", app.server)}`,
        `  bare pg UPDATE (same condition)       ${summarise("round trip", raw.samples)}  ${raw.rps.toFixed(0)} writes/s`,
        `  ratio API / pg: p50 ×${(p(app.total, 50) / p(raw.samples, 50)).toFixed(1)}, p95 ×${(p(app.total, 95) / p(raw.samples, 95)).toFixed(1)}, throughput ×${(raw.rps / app.rps).toFixed(1)} fewer per second`,
      ].join("\n"),
    );
  });
}
