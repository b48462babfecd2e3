// Spoken answers: the cost of a 10-minute answer. Uploads 600 one-second chunks of synthetic
// Opus-sized data (PREPLOOP_BENCH_OPUS_BYTES_PER_S, default measured from Chromium's
// MediaRecorder in tests/e2e/speech.spec.ts, see docs/decisions/0018-spoken-answers.md) in order
// as the recorder does, then reads the assembled audio whole and with a Range near the end,
// and prints the storage used per minute (chunk bytes and the tables' size on disk).
// Numbers only; nothing is asserted.
import pg from "pg";
import { serverMs, signedInFetch, summarise, withBenchApp } from "./lib.mjs";

const SECONDS = 600;
const BYTES_PER_S = Number(process.env.PREPLOOP_BENCH_OPUS_BYTES_PER_S ?? 8000);

export async function run() {
  await withBenchApp(process.env.BENCH_DATABASE_URL, async ({ baseUrl, databaseUrl }) => {
    const f = await signedInFetch(baseUrl);
    const q = await (await f("/api/questions?type=technical&limit=1")).json();
    const json = { "content-type": "application/json" };
    const { attempt } = await (await f("/api/practice/attempts", { method: "POST", headers: json, body: JSON.stringify({ questionId: q.items[0].id }) })).json();
    const base = `/api/practice/attempts/${attempt.id}/recording`;
    const start = await f(base, { method: "POST", headers: json, body: JSON.stringify({ mimeType: "audio/webm;codecs=opus" }) });
    if (start.status !== 201) throw new Error(`start recording: ${start.status}`);
    const total = [];
    const server = [];
    const t0 = performance.now();
    for (let seq = 0; seq < SECONDS; seq++) {
      // Incompressible bytes, like Opus frames.
      const body = new Uint8Array(BYTES_PER_S);
      crypto.getRandomValues(body);
      const s = performance.now();
      const r = await f(`${base}/chunks/${seq}`, { method: "PUT", headers: { "content-type": "audio/webm;codecs=opus" }, body });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`chunk ${seq}: ${r.status}`);
      total.push(performance.now() - s);
      server.push(serverMs(r));
    }
    const uploadSeconds = (performance.now() - t0) / 1000;
    await f(base, { method: "PATCH", headers: json, body: JSON.stringify({ durationMs: SECONDS * 1000 }) });

    const g0 = performance.now();
    const whole = await f(`${base}/audio`);
    const bytes = (await whole.arrayBuffer()).byteLength;
    const assembleMs = performance.now() - g0;
    const r0 = performance.now();
    const tail = await f(`${base}/audio`, { headers: { range: `bytes=${bytes - 64 * 1024}-` } });
    await tail.arrayBuffer();
    const rangeMs = performance.now() - r0;

    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    const { rows } = await pool.query(
      `SELECT sum(octet_length(bytes))::bigint AS raw, pg_total_relation_size('"RecordingChunk"') AS disk FROM "RecordingChunk"`,
    );
    await pool.end();
    const minutes = SECONDS / 60;
    console.log(`10-minute answer: ${SECONDS} chunks of ${BYTES_PER_S} bytes (${((BYTES_PER_S * 8) / 1000).toFixed(0)} kbit/s)`);
    console.log(summarise("chunk upload (client)", total));
    console.log(summarise("chunk upload (server)", server));
    console.log(`whole upload: ${uploadSeconds.toFixed(1)} s for ${minutes} min of audio (${((uploadSeconds / SECONDS) * 100).toFixed(2)} % of real time)`);
    console.log(`assembled GET: ${bytes} bytes in ${assembleMs.toFixed(0)} ms (${whole.status}); Range of the last 64 KiB: ${rangeMs.toFixed(0)} ms (${tail.status})`);
    console.log(`storage per minute: ${(Number(rows[0].raw) / minutes / 1024).toFixed(0)} KiB of audio, ${(Number(rows[0].disk) / minutes / 1024).toFixed(0)} KiB on disk (table + TOAST + index)`);
  });
}
