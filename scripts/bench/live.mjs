// Live mock rooms (issue 19): 100 rooms, 200 SSE connections (candidate + interviewer each).
// Fan-out latency = from the candidate's autosave PUT being sent to the interviewer's stream
// receiving that version's `answer` event (save + NOTIFY + LISTEN wake + table read + SSE
// write), p50/p99; memory per connection from the server's RSS before and after the streams
// open. Run twice: both sides on one instance, then the interviewers on a second instance.
import fs from "node:fs";
import { freePort, startAppServer } from "../lib/app-server.mjs";
import { ensureBuild } from "../lib/build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "../lib/database.mjs";
import { percentile, signedInUser } from "./lib.mjs";

const ROOMS = Number(process.env.PREPLOOP_BENCH_LIVE_ROOMS ?? 100);
const ROUNDS = Number(process.env.PREPLOOP_BENCH_LIVE_ROUNDS ?? 5);

async function user(baseUrl, tag) {
  const { cookie } = await signedInUser(baseUrl, { tag: `bench-live-${tag}`, displayName: tag });
  const call = async (base, method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, origin: base, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { cookie, call };
}

/** Opens a stream; `onEvent(kind, data, at)` per event. Returns the closer. */
async function stream(base, cookie, path, onEvent) {
  const ctrl = new AbortController();
  const res = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/event-stream" }, signal: ctrl.signal });
  if (res.status !== 200) throw new Error(`stream ${res.status}`);
  void (async () => {
    const dec = new TextDecoder();
    let buf = "";
    try {
      for await (const chunk of res.body) {
        const at = performance.now();
        buf += dec.decode(chunk, { stream: true });
        let cut;
        while ((cut = buf.indexOf("\n\n")) >= 0) {
          const frame = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          const kind = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (kind && data) onEvent(kind, JSON.parse(data), at);
        }
      }
    } catch {
      // closed
    }
  })();
  return () => ctrl.abort();
}

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);

async function scenario(label, a, b, rooms) {
  // Interviewer streams on `b`, candidate streams on `a`.
  const waiting = new Map(); // `${room}:${version}` -> resolve
  const before = { a: rssKb(a.child.pid), b: rssKb(b.child.pid) };
  const closers = [];
  for (const r of rooms) {
    closers.push(
      await stream(b.baseUrl, r.mentor.cookie, `/api/live/${r.id}/events?lastEventId=${r.last}`, (kind, data, at) => {
        if (kind !== "answer") return;
        waiting.get(`${r.id}:${data.version}`)?.(at);
      }),
    );
    closers.push(await stream(a.baseUrl, r.cand.cookie, `/api/live/${r.id}/events?lastEventId=${r.last}`, () => {}));
  }
  // Let the streams settle (joins written and delivered) before measuring memory.
  await new Promise((res) => setTimeout(res, 3000));
  const after = { a: rssKb(a.child.pid), b: rssKb(b.child.pid) };
  const connections = rooms.length * 2;
  const grown = a === b ? after.a - before.a : after.a - before.a + (after.b - before.b);
  const latencies = [];
  const saves = [];
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      rooms.map(async (r, i) => {
        await new Promise((res) => setTimeout(res, (i * 1000) / rooms.length)); // spread over a second
        const t0 = performance.now();
        let arrived;
        const got = new Promise((res) => (arrived = res));
        const version = r.version;
        waiting.set(`${r.id}:${version + 1}`, arrived);
        const saved = await r.cand.call(a.baseUrl, "PUT", `/api/mocks/${r.mockId}/answers/${r.slot}`, {
          answer: r.format === "CODE" ? { code: `round ${round}` } : r.format === "STAR" ? { situation: `r${round}`, task: "t", action: "a", result: "r" } : { text: `round ${round} of room ${i}` },
          version,
        });
        saves.push(performance.now() - t0);
        r.version = saved.version;
        waiting.set(`${r.id}:${saved.version}`, arrived);
        const at = await Promise.race([got, new Promise((res) => setTimeout(() => res(null), 30_000))]);
        if (at !== null) latencies.push(at - t0);
      }),
    );
  }
  for (const c of closers) c();
  const s = [...latencies].sort((x, y) => x - y);
  const v = [...saves].sort((x, y) => x - y);
  console.log(
    `${label}: ${rooms.length} rooms, ${connections} SSE connections; autosave→interviewer event n=${s.length}/${rooms.length * ROUNDS} ` +
      `p50=${percentile(s, 50).toFixed(1)} ms p99=${percentile(s, 99).toFixed(1)} ms max=${s.at(-1)?.toFixed(1)} ms; ` +
      `autosave alone p50=${percentile(v, 50).toFixed(1)} ms p99=${percentile(v, 99).toFixed(1)} ms; ` +
      `memory ≈ ${((grown * 1024) / connections / 1024).toFixed(1)} KiB per connection (RSS +${(grown / 1024).toFixed(1)} MiB)`,
  );
}

export async function run() {
  const db = await resolveDatabase({ database: "preploop_bench_live", urlVar: "BENCH_DATABASE_URL", recreate: true });
  const servers = [];
  try {
    await migrateDeploy(db.url);
    await seed(db.url);
    await ensureBuild();
    const env = { DATABASE_URL: db.url, NEXTAUTH_SECRET: "preploop-bench-secret-0123456789abcdefghij", PREPLOOP_SIGNUP_LIMIT: "1000000", PREPLOOP_MOCK_TIME_SCALE: "1" };
    const [a, b] = await Promise.all([startAppServer({ port: await freePort(), env }), startAppServer({ port: await freePort(), env })]);
    servers.push(a, b);
    const rooms = [];
    for (let i = 0; i < ROOMS; i++) {
      const cand = await user(a.baseUrl, `c${i}`);
      const mentor = await user(a.baseUrl, `m${i}`);
      const inv = await cand.call(a.baseUrl, "POST", "/api/mentors/invitations", { scopes: { attempts: true, mocks: true, progress: true, offers: false, plan: false } });
      const acc = await mentor.call(a.baseUrl, "POST", "/api/invitations/accept", { token: inv.path.split("/").pop() });
      const live = await cand.call(a.baseUrl, "POST", "/api/live", {
        mentorshipId: acc.mentorship.id,
        templateId: "behavioural-30",
        scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      const room = await mentor.call(a.baseUrl, "POST", `/api/live/${live.liveMock.id}/start`, {});
      const q = room.mock.questions.find((x) => x.slot === room.mock.position.slot);
      rooms.push({ id: live.liveMock.id, cand, mentor, mockId: room.mock.id, slot: q.slot, format: q.format, version: q.version, last: room.lastEventId });
      if ((i + 1) % 25 === 0) console.log(`  ${i + 1} rooms ready`);
    }
    await scenario("one instance", a, a, rooms);
    for (const r of rooms) {
      const st = await r.cand.call(a.baseUrl, "GET", `/api/live/${r.id}`);
      r.last = st.lastEventId;
    }
    await scenario("two instances (candidate on A, interviewer on B)", a, b, rooms);
  } finally {
    for (const s of servers) await s.stop();
    await db.stop();
  }
}
