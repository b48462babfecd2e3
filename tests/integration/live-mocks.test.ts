// Live mock interviews (issue 19): scheduling with notifications, .ics and history; the room's
// event stream across TWO app instances (LISTEN/NOTIFY), resume after a dropped connection
// without gaps or duplicates, what the candidate never receives, revocation mid-stream, and the
// report with live scores and shared notes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { pruneLiveEvents } from "@/lib/live/prune";
import { type Client, newUser } from "../support/client";
import { testDb } from "../support/db";
import { ALL_SCOPES, mentorOf } from "../support/mentors";
import { answerFor } from "../support/practice";
import { SseReader } from "../support/sse";

type Server = { baseUrl: string; stop: (signal?: string) => Promise<void> };
type LiveMockBody = { liveMock: { id: string; status: string; scheduledAt: string; role: string; mockId: string | null } };
type ErrorBody = { error: { code: string; message: string } };
type Room = {
  live: LiveMockBody["liveMock"];
  lastEventId: string;
  presence: { candidate: boolean; mentor: boolean };
  mock: { id: string; position: { stage: number; slot: number | null }; questions: { slot: number; format: string; version: number; questionId: string }[] } | null;
  interviewer: { slot: number; modelAnswer: string; keyPoints: string[]; discussionPoints: string[] }[] | null;
  history: { kind: string; from?: string; to?: string }[];
};

let second: Server | undefined;
let secondUrl: string;

beforeAll(async () => {
  if (process.env.PREPLOOP_BASE_URL_2) secondUrl = process.env.PREPLOOP_BASE_URL_2;
  else {
    second = (await startAppServer({ port: await freePort(), env: {} })) as Server;
    secondUrl = second.baseUrl;
  }
});
afterAll(async () => {
  await second?.stop();
});

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

async function pair() {
  const cand = await newUser("live-cand");
  const mentor = await mentorOf(cand.client, ALL_SCOPES, "live-mentor");
  return { cand, mentor };
}

async function schedule(c: Client, mentorshipId: string, extra: Record<string, unknown> = {}) {
  const res = await c.json<LiveMockBody>("POST", "/api/live", {
    mentorshipId,
    templateId: "behavioural-30",
    scheduledAt: inOneDay(),
    durationMinutes: 45,
    note: "Focus on conflict stories; bring examples, please",
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.liveMock;
}

/** A live mock that the mentor has started: candidate on instance 1, mentor on instance 2. */
async function started() {
  const { cand, mentor } = await pair();
  const live = await schedule(cand.client, mentor.mentorshipId);
  const mentor2 = mentor.client.withBase(secondUrl);
  const start = await mentor2.json<Room>("POST", `/api/live/${live.id}/start`, {});
  expect(start.status, JSON.stringify(start.body)).toBe(200);
  return { cand, mentor, mentor2, live, room: start.body };
}

describe("scheduling", () => {
  it("schedules with an active mentor, notifies both, lists for both, and refuses anyone else", async () => {
    const { cand, mentor } = await pair();
    const live = await schedule(cand.client, mentor.mentorshipId);
    expect(live).toMatchObject({ status: "scheduled", role: "candidate", mockId: null });

    const mine = await cand.client.get<{ liveMocks: { id: string; role: string }[] }>("/api/live");
    expect(mine.body.liveMocks.map((l) => [l.id, l.role])).toEqual([[live.id, "candidate"]]);
    const theirs = await mentor.client.get<{ liveMocks: { id: string; role: string }[] }>("/api/live");
    expect(theirs.body.liveMocks.map((l) => [l.id, l.role])).toEqual([[live.id, "mentor"]]);

    const note = await mentor.client.get<{ items: { kind: string; link: string | null; text: string }[] }>("/api/notifications");
    expect(note.body.items.find((n) => n.kind === "live-scheduled")).toMatchObject({ link: `/live/${live.id}` });
    const own = await cand.client.get<{ items: { kind: string; link: string | null }[] }>("/api/notifications");
    expect(own.body.items.find((n) => n.kind === "live-scheduled")).toMatchObject({ link: `/live/${live.id}` });

    const stranger = await newUser("live-stranger");
    expect((await stranger.client.get(`/api/live/${live.id}`)).status).toBe(404);
    // A stranger cannot schedule with someone else's mentorship.
    const bad = await stranger.client.json("POST", "/api/live", { mentorshipId: mentor.mentorshipId, templateId: "behavioural-30", scheduledAt: inOneDay() });
    expect(bad.status).toBe(400);
    // Nor in the past.
    const past = await cand.client.json<{ error: { fields: Record<string, string> } }>("POST", "/api/live", {
      mentorshipId: mentor.mentorshipId,
      templateId: "behavioural-30",
      scheduledAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields.scheduledAt).toBe("Choose a time in the future.");
  });

  it("downloads an .ics, keeps the reschedule history, and lets the mentor cancel", async () => {
    const { cand, mentor } = await pair();
    const live = await schedule(cand.client, mentor.mentorshipId);
    const ics = await cand.client.raw(`/api/live/${live.id}/calendar`, {});
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await ics.text();
    const start = new Date(live.scheduledAt).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    expect(text).toContain(`UID:live-${live.id}@preploop\r\n`);
    expect(text).toContain(`DTSTART:${start}\r\n`);
    expect(text).toContain("DURATION:PT45M\r\n");
    expect(text).toContain("SEQUENCE:0\r\n");
    expect(text.replace(/\r\n /g, "")).toContain("DESCRIPTION:Focus on conflict stories\\; bring examples\\, please\\n\\nOpen the room:");

    const to = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const moved = await mentor.client.json<LiveMockBody>("PATCH", `/api/live/${live.id}`, { scheduledAt: to });
    expect(moved.status).toBe(200);
    expect(moved.body.liveMock.scheduledAt).toBe(to);
    const room = await cand.client.get<Room>(`/api/live/${live.id}`);
    expect(room.body.history.map((h) => h.kind)).toEqual(["scheduled", "rescheduled"]);
    expect(room.body.history[1]).toMatchObject({ from: live.scheduledAt, to });
    expect(await (await cand.client.raw(`/api/live/${live.id}/calendar`, {})).text()).toContain("SEQUENCE:1\r\n");
    const notes = await cand.client.get<{ items: { kind: string }[] }>("/api/notifications");
    expect(notes.body.items.map((n) => n.kind)).toContain("live-rescheduled");

    const cancel = await mentor.client.json<LiveMockBody>("POST", `/api/live/${live.id}/cancel`, {});
    expect(cancel.body.liveMock.status).toBe("cancelled");
    expect((await cand.client.json("POST", `/api/live/${live.id}/start`, {})).status).toBe(404); // the candidate is not the interviewer
    expect((await mentor.client.json("POST", `/api/live/${live.id}/start`, {})).status).toBe(409);
    expect((await cand.client.get<{ items: { kind: string }[] }>("/api/notifications")).body.items.map((n) => n.kind)).toContain("live-cancelled");
  });
});

describe("the room across two instances", () => {
  it("streams the candidate's saved answer to the interviewer and the hint back, never the model answer", async () => {
    const { cand, mentor2, live, room } = await started();
    expect(room.mock).not.toBeNull();
    expect(room.interviewer?.length).toBeGreaterThan(0);
    const secret = room.interviewer![0]!.modelAnswer;
    expect(secret.length).toBeGreaterThan(20);

    const candStream = await SseReader.open(cand.client, `/api/live/${live.id}/events`);
    const mentorStream = await SseReader.open(mentor2, `/api/live/${live.id}/events`);
    expect([candStream.status, mentorStream.status]).toEqual([200, 200]);
    // Presence: each side sees the other join.
    await mentorStream.waitForKind("join", (e) => e.data.role === "candidate");
    await candStream.waitForKind("join", (e) => e.data.role === "mentor");

    // The candidate autosaves on instance 1 (the solo mock autosave); the interviewer on 2 sees it.
    const q = room.mock!.questions.find((x) => x.slot === room.mock!.position.slot)!;
    const saved = await cand.client.json<{ version: number }>("PUT", `/api/mocks/${room.mock!.id}/answers/${q.slot}`, {
      answer: answerFor(q.format, "I would start by listening to both sides."),
      version: q.version,
    });
    expect(saved.status).toBe(200);
    const answer = await mentorStream.waitForKind("answer", (e) => e.data.version === saved.body.version);
    expect(JSON.stringify(answer.data.answer)).toContain("listening to both sides");

    const hint = await mentor2.json("POST", `/api/live/${live.id}/events`, { kind: "hint", text: "Say what the result was." });
    expect(hint.status).toBe(201);
    await candStream.waitForKind("hint", (e) => e.data.text === "Say what the result was.");
    // The candidate's stream never carries the answer events (mentor only) or the model answer.
    const candText = JSON.stringify(candStream.events);
    expect(candText).not.toContain(secret.slice(0, 40));
    expect(candStream.events.some((e) => e.event === "answer")).toBe(false);
    const candRoom = await cand.client.get<Room>(`/api/live/${live.id}`);
    expect(candRoom.body.interviewer).toBeNull();
    expect(JSON.stringify(candRoom.body)).not.toContain(secret.slice(0, 40));
    const candPage = await cand.client.raw(`/live/${live.id}`, {});
    if (candPage.status === 200) expect(await candPage.text()).not.toContain(secret.slice(0, 40));
    const candJson = await cand.client.get(`/api/live/${live.id}/events?lastEventId=0`);
    expect(JSON.stringify(candJson.body)).not.toContain(secret.slice(0, 40));
    candStream.close();
    mentorStream.close();
    // Leaving is seen by the other side's room state.
    await mentorStream.waitEnded();
  });

  it("resumes after a dropped connection from Last-Event-ID: no gap, no duplicate, in order", async () => {
    const { cand, mentor2, live } = await started();
    const first = await SseReader.open(cand.client, `/api/live/${live.id}/events`);
    for (let i = 0; i < 3; i++) expect((await mentor2.json("POST", `/api/live/${live.id}/events`, { kind: "follow-up", text: `Q${i}` })).status).toBe(201);
    await first.waitForKind("follow-up", (e) => e.data.text === "Q2");
    const lastSeen = first.ids().at(-1)!;
    first.close();
    await first.waitEnded();
    // While the candidate is away: more events, on the other instance.
    for (let i = 3; i < 6; i++) expect((await mentor2.json("POST", `/api/live/${live.id}/events`, { kind: "hint", text: `H${i}` })).status).toBe(201);
    const again = await SseReader.open(cand.client.withBase(secondUrl), `/api/live/${live.id}/events`, lastSeen);
    await again.waitForKind("hint", (e) => e.data.text === "H5");
    const all = await cand.client.get<{ events: { id: string; kind: string }[] }>(`/api/live/${live.id}/events`);
    const expected = all.body.events.map((e) => e.id);
    const firstIds = first.ids();
    const got = [...firstIds.slice(0, firstIds.indexOf(lastSeen) + 1), ...again.ids()];
    // Everything up to H5 arrived exactly once and in order (joins/leaves included).
    const upto = expected.indexOf(again.events.find((e) => e.event === "hint" && e.data.text === "H5")!.id!);
    expect(got.slice(0, upto + 1)).toEqual(expected.slice(0, upto + 1));
    expect(new Set(got).size).toBe(got.length);
    expect(got.map(Number)).toEqual([...got.map(Number)].sort((a, b) => a - b));
    again.close();
  });

  it("ends the mentor's stream at once when the mentorship is revoked mid-session", async () => {
    const { cand, mentor, mentor2, live } = await started();
    const stream = await SseReader.open(mentor2, `/api/live/${live.id}/events`);
    await stream.waitForKind("join", (e) => e.data.role === "mentor");
    expect((await cand.client.json("DELETE", `/api/mentorships/${mentor.mentorshipId}`)).status).toBe(200);
    const closed = await stream.waitForKind("closed");
    expect(closed.data.reason).toBe("access-ended");
    await stream.waitEnded();
    expect((await mentor2.get(`/api/live/${live.id}`)).status).toBe(404);
    expect((await mentor.client.json("POST", `/api/live/${live.id}/events`, { kind: "hint", text: "x" })).status).toBe(404);
    const reopen = await SseReader.open(mentor2, `/api/live/${live.id}/events`);
    expect(reopen.status).toBe(404);
    // The candidate's room still opens.
    expect((await cand.client.get(`/api/live/${live.id}`)).status).toBe(200);
  });

  it("rate limits hints", async () => {
    const { mentor2, live } = await started();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await mentor2.json("POST", `/api/live/${live.id}/events`, { kind: "hint", text: `h${i}` })).status);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe("after the live mock", () => {
  it("the report has the live scores, the shared note only for the candidate, the follow-ups and the timeline; scores are mentor reviews", async () => {
    const { cand, mentor2, live, room } = await started();
    const slot = room.mock!.position.slot!;
    const scores = { technicalAccuracy: 7, communicationClarity: 8, problemSolving: 6, practicalConsiderations: 5 };
    const a1 = await mentor2.json("PUT", `/api/live/${live.id}/questions/${slot}`, { scores, note: "Strong opening.", shareNote: true });
    expect(a1.status, JSON.stringify(a1.body)).toBe(200);
    expect(a1.body).toMatchObject({ assessment: { slot, scores, note: "Strong opening.", shared: true } });
    await mentor2.json("PUT", `/api/live/${live.id}/questions/${slot + 1}`, { note: "Private: nervous." });
    await mentor2.json("POST", `/api/live/${live.id}/events`, { kind: "follow-up", text: "What would you do differently?" });
    expect((await cand.client.get(`/api/live/${live.id}/report`)).status).toBe(409);
    const pause = await mentor2.json<{ mock: { clock: { running: boolean } } }>("POST", `/api/live/${live.id}/control`, { action: "pause" });
    expect(pause.body.mock.clock.running).toBe(false);
    expect((await mentor2.json("POST", `/api/live/${live.id}/control`, { action: "resume" })).status).toBe(200);
    const fin = await mentor2.json<{ mock: { status: string } }>("POST", `/api/live/${live.id}/control`, { action: "finish" });
    expect(fin.body.mock.status).toBe("finished");

    type Report = { live: { status: string }; report: { questions: unknown[] }; assessments: { slot: number; note: string; scores: unknown }[]; followUps: { text: string }[]; timeline: { kind: string }[] };
    const forCand = await cand.client.get<Report>(`/api/live/${live.id}/report`);
    expect(forCand.status).toBe(200);
    expect(forCand.body.live.status).toBe("finished");
    expect(forCand.body.assessments).toEqual([{ slot, scores, note: "Strong opening.", shared: true }]);
    expect(JSON.stringify(forCand.body)).not.toContain("Private: nervous.");
    expect(forCand.body.followUps.map((f) => f.text)).toEqual(["What would you do differently?"]);
    expect(forCand.body.timeline.map((t) => t.kind)).toEqual(["scheduled", "started", "follow-up", "clock", "clock", "finished"]);
    const forMentor = await mentor2.get<Report>(`/api/live/${live.id}/report`);
    expect(forMentor.body.assessments.map((a) => a.note)).toEqual(["Strong opening.", "Private: nervous."]);
    // The live scores are the mentor's review of that answer: the candidate's attempt threads show them.
    const attemptId = (room.mock!.questions.find((q) => q.slot === slot) as unknown as { attemptId: string }).attemptId;
    const threads = await cand.client.get<{ threads: { review: { scores: unknown } | null }[] }>(`/api/practice/attempts/${attemptId}/reviews`);
    expect(threads.status).toBe(200);
    expect(threads.body.threads[0]?.review?.scores).toEqual(scores);
  });
});

/** Polls `read` until `done` holds (a condition, not a sleep); rejects after a generous bound. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const kindCounts = async (liveMockId: string) => {
  const { rows } = await testDb().query<{ kind: string; n: number }>(
    `SELECT kind, count(*)::int AS n FROM "LiveEvent" WHERE "liveMockId" = $1 GROUP BY kind ORDER BY kind`,
    [liveMockId],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
};

describe("presence that survives a crashed instance", () => {
  it("a connection on an instance killed with SIGKILL lapses: the other side sees one expired leave and 'away'", { timeout: 150_000 }, async () => {
    const { cand, mentor2, live } = await started();
    // A third, short-lived instance with a 1 s heartbeat: its presence rows last 2 s unrefreshed.
    const third = (await startAppServer({ port: await freePort(), env: { PREPLOOP_LIVE_HEARTBEAT_MS: "1000" } })) as Server;
    try {
      const mentorStream = await SseReader.open(mentor2, `/api/live/${live.id}/events`);
      const candStream = await SseReader.open(cand.client.withBase(third.baseUrl), `/api/live/${live.id}/events`);
      expect([mentorStream.status, candStream.status]).toEqual([200, 200]);
      await mentorStream.waitForKind("join", (e) => e.data.role === "candidate");
      expect((await mentor2.get<Room>(`/api/live/${live.id}`)).body.presence).toEqual({ candidate: true, mentor: true });

      await third.stop("SIGKILL"); // no leave is written: the process is gone
      // Nobody polls: the mentor's own stream (instance 2) sweeps the lapsed row at its heartbeat.
      const left = await mentorStream.waitForKind("leave", (e) => e.data.role === "candidate" && e.data.expired === true, 45_000);
      expect(left.data.role).toBe("candidate");
      const room = await until(() => mentor2.get<Room>(`/api/live/${live.id}`), (r) => r.status === 200, "the room");
      expect(room.body.presence).toEqual({ candidate: false, mentor: true });
      // Exactly one leave for the lapsed connection, however many instances and reads noticed it.
      await cand.client.get<Room>(`/api/live/${live.id}`);
      const { rows } = await testDb().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "LiveEvent" WHERE "liveMockId" = $1 AND kind = 'leave' AND payload->>'role' = 'candidate'`,
        [live.id],
      );
      expect(rows[0]!.n).toBe(1);
      const { rows: presence } = await testDb().query<{ role: string }>(`SELECT role FROM "LivePresence" WHERE "liveMockId" = $1`, [live.id]);
      expect(presence.map((p) => p.role)).toEqual(["mentor"]);
      mentorStream.close();
      await mentorStream.waitEnded();
      // A clean close removes the row with an ordinary leave.
      await until(() => mentor2.get<Room>(`/api/live/${live.id}`), (r) => !r.body.presence.mentor, "the mentor's leave");
    } finally {
      await third.stop("SIGKILL");
    }
  });

  it("a lapsed connection is also noticed by a read of the room, with no stream open anywhere", { timeout: 150_000 }, async () => {
    const { cand, mentor2, live } = await started();
    // Presence lasts two heartbeats: 3 s each keeps the candidate "here" between the join and the
    // read below on a loaded machine (at 1 s the row lapsed first once, load average 20).
    const third = (await startAppServer({ port: await freePort(), env: { PREPLOOP_LIVE_HEARTBEAT_MS: "3000" } })) as Server;
    try {
      const candStream = await SseReader.open(cand.client.withBase(third.baseUrl), `/api/live/${live.id}/events`);
      await candStream.waitForKind("join", (e) => e.data.role === "candidate");
      expect((await mentor2.get<Room>(`/api/live/${live.id}`)).body.presence.candidate).toBe(true);
      await third.stop("SIGKILL");
      const away = await until(() => mentor2.get<Room>(`/api/live/${live.id}`), (r) => r.body.presence.candidate === false, "the candidate away");
      expect(away.body.presence).toEqual({ candidate: false, mentor: false });
      expect(await kindCounts(live.id)).toMatchObject({ join: 1, leave: 1 });
    } finally {
      await third.stop("SIGKILL");
    }
  });
});

describe("the candidate leaves the page", () => {
  it("the runner's left pause tells the interviewer at once; the return says 'back' once; the report's timeline has both", async () => {
    const { cand, mentor2, live, room } = await started();
    const mockId = room.mock!.id;
    const mentorStream = await SseReader.open(mentor2, `/api/live/${live.id}/events`);
    await mentorStream.waitForKind("join", (e) => e.data.role === "mentor");

    // What usePauseOnLeave sends on pagehide.
    const paused = await cand.client.json<{ mock: { clock: { running: boolean; pausedBy: string | null } } }>("POST", `/api/mocks/${mockId}/pause`, { reason: "left" });
    expect(paused.status).toBe(200);
    expect(paused.body.mock.clock).toMatchObject({ running: false, pausedBy: "left" });
    const left = await mentorStream.waitForKind("page", (e) => e.data.state === "left");
    expect(left.data.running).toBe(false);
    expect((await mentor2.get<Room & { candidatePage: { state: string } | null }>(`/api/live/${live.id}`)).body.candidatePage).toMatchObject({ state: "left" });

    // The page opens again: its stream says "back"; the runner then resumes the left pause (a clock event, not a second "back").
    const candStream = await SseReader.open(cand.client, `/api/live/${live.id}/events`);
    await mentorStream.waitForKind("page", (e) => e.data.state === "back");
    const resumed = await cand.client.json<{ mock: { clock: { running: boolean } } }>("POST", `/api/mocks/${mockId}/resume`, {});
    expect(resumed.body.mock.clock.running).toBe(true);
    const clock = await mentorStream.waitForKind("clock", (e) => e.data.action === "resume");
    expect(clock.data).toMatchObject({ by: "candidate", running: true });
    candStream.close();

    // Left again, and this time the resume comes first (the left pause landed after the new page read the clock).
    await cand.client.json("POST", `/api/mocks/${mockId}/pause`, { reason: "left" });
    await mentorStream.waitForKind("page", (e) => e.data.state === "left" && Number(e.id) > Number(clock.id));
    await cand.client.json("POST", `/api/mocks/${mockId}/resume`, {});
    const back2 = await mentorStream.waitForKind("page", (e) => e.data.state === "back" && Number(e.id) > Number(clock.id));
    expect(back2.data.running).toBe(true);
    const again = await SseReader.open(cand.client, `/api/live/${live.id}/events`);
    await mentorStream.waitForKind("join", (e) => e.data.role === "candidate" && Number(e.id) > Number(back2.id));
    again.close();
    await again.waitEnded();
    mentorStream.close();
    expect(await kindCounts(live.id)).toMatchObject({ page: 4 });

    expect((await mentor2.json("POST", `/api/live/${live.id}/control`, { action: "finish" })).status).toBe(200);
    const report = await cand.client.get<{ timeline: { kind: string; detail: { state?: string } }[] }>(`/api/live/${live.id}/report`);
    expect(report.body.timeline.filter((t) => t.kind === "page").map((t) => t.detail.state)).toEqual(["left", "back", "left", "back"]);
  });
});

describe("the interviewer ends a block from a view a moment behind", () => {
  it("ends it once; a second 'End this block' for the same block is a 409 that moves nothing", async () => {
    const { mentor2, live } = await started();
    type Control = { mock: { position: { stage: number; slot: number | null } } };
    const first = await mentor2.json<Control>("POST", `/api/live/${live.id}/control`, { action: "advance", from: 0 });
    expect(first.status).toBe(200);
    expect(first.body.mock.position.stage).toBe(1);
    const stale = await mentor2.json<ErrorBody>("POST", `/api/live/${live.id}/control`, { action: "advance", from: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "conflict", message: expect.stringContaining("already moved past that block") });
    const room = await mentor2.get<Room>(`/api/live/${live.id}`);
    expect(room.body.mock!.position).toEqual(first.body.mock.position);
  });
});

describe("a page that has left", () => {
  it("its stream or its resume reaching the server after its left pause says nothing and leaves the clock paused", async () => {
    const { cand, mentor2, live, room } = await started();
    const mockId = room.mock!.id;
    const mentorStream = await SseReader.open(mentor2, `/api/live/${live.id}/events`);
    await mentorStream.waitForKind("join", (e) => e.data.role === "mentor");
    // Page P goes (pagehide sends its left pause); its stream and its resume were still on their way.
    await cand.client.json("POST", `/api/mocks/${mockId}/pause?page=pagePPPPPPPP`, { reason: "left" });
    const left = await mentorStream.waitForKind("page", (e) => e.data.state === "left");
    expect(left.data).not.toHaveProperty("page"); // the token stays on the server
    const late = await SseReader.open(cand.client, `/api/live/${live.id}/events?page=pagePPPPPPPP`);
    const join = await mentorStream.waitForKind("join", (e) => e.data.role === "candidate");
    const stale = await cand.client.json<{ mock: { clock: { running: boolean; pausedBy: string | null } } }>("POST", `/api/mocks/${mockId}/resume?page=pagePPPPPPPP`, {});
    expect(stale.body.mock.clock).toMatchObject({ running: false, pausedBy: "left" });
    late.close();
    await late.waitEnded();
    await mentorStream.waitForKind("leave", (e) => e.data.role === "candidate" && Number(e.id) > Number(join.id));
    expect((await mentor2.get<Room & { candidatePage: { state: string } | null }>(`/api/live/${live.id}`)).body.candidatePage).toMatchObject({ state: "left" });
    expect(await kindCounts(live.id)).toMatchObject({ page: 1 });
    // The next page Q opens: its stream is a return, and its resume runs the clock.
    const next = await SseReader.open(cand.client, `/api/live/${live.id}/events?page=pageQQQQQQQQ`);
    await mentorStream.waitForKind("page", (e) => e.data.state === "back");
    const resumed = await cand.client.json<{ mock: { clock: { running: boolean } } }>("POST", `/api/mocks/${mockId}/resume?page=pageQQQQQQQQ`, {});
    expect(resumed.body.mock.clock.running).toBe(true);
    next.close();
    mentorStream.close();
    expect(await kindCounts(live.id)).toMatchObject({ page: 2 });
    // The report's timeline has the left and the return, and not the page's token.
    expect((await mentor2.json("POST", `/api/live/${live.id}/control`, { action: "finish" })).status).toBe(200);
    const report = await cand.client.get<{ timeline: { kind: string; detail: Record<string, unknown> }[] }>(`/api/live/${live.id}/report`);
    const pages = report.body.timeline.filter((t) => t.kind === "page");
    expect(pages.map((t) => t.detail.state)).toEqual(["left", "back"]);
    expect(JSON.stringify(report.body.timeline)).not.toContain("pagePPPPPPPP");
  });
});

describe("pruning the event log", () => {
  const DAY = 86_400_000;
  async function backdate(liveMockId: string, days: number) {
    const at = new Date(Date.now() - days * DAY).toISOString();
    await testDb().query(`UPDATE "LiveMock" SET "updatedAt" = ($2::timestamptz AT TIME ZONE 'UTC') WHERE id = $1`, [liveMockId, at]);
    await testDb().query(`UPDATE "LiveEvent" SET "createdAt" = ($2::timestamptz AT TIME ZONE 'UTC') WHERE "liveMockId" = $1`, [liveMockId, at]);
  }

  /** A finished live room with every kind of noise: joins/leaves, an answer, an assessment. */
  async function finishedRoom() {
    const { cand, mentor2, live, room } = await started();
    const stream = await SseReader.open(cand.client, `/api/live/${live.id}/events`);
    await stream.waitForKind("join", (e) => e.data.role === "candidate");
    const q = room.mock!.questions.find((x) => x.slot === room.mock!.position.slot)!;
    expect((await cand.client.json("PUT", `/api/mocks/${room.mock!.id}/answers/${q.slot}`, { answer: answerFor(q.format, "An answer."), version: q.version })).status).toBe(200);
    const scores = { technicalAccuracy: 6, communicationClarity: 6, problemSolving: 6, practicalConsiderations: 6 };
    expect((await mentor2.json("PUT", `/api/live/${live.id}/questions/${q.slot}`, { scores })).status).toBe(200);
    await mentor2.json("POST", `/api/live/${live.id}/events`, { kind: "hint", text: "Be concrete." });
    stream.close();
    await stream.waitEnded();
    await until(() => kindCounts(live.id), (c) => c.leave === 1, "the leave");
    expect((await mentor2.json("POST", `/api/live/${live.id}/control`, { action: "finish" })).status).toBe(200);
    return { cand, live };
  }

  it("deletes only the noise of rooms over for 7 days, keeps the report whole, and visits a room once per period", { timeout: 120_000 }, async () => {
    const old = await finishedRoom();
    const recent = await finishedRoom();
    const { cand, mentor } = await pair();
    const upcoming = await schedule(cand.client, mentor.mentorshipId);

    const before = await kindCounts(old.live.id);
    expect(before).toEqual({ scheduled: 1, started: 1, join: 1, leave: 1, answer: 1, assessed: 1, hint: 1, finished: 1 });
    type Report = { assessments: unknown[]; followUps: { text: string }[]; timeline: { kind: string }[]; report: { questions: unknown[] } };
    const reportOf = async () => {
      const r = (await old.cand.client.get<Report>(`/api/live/${old.live.id}/report`)).body;
      return { assessments: r.assessments, followUps: r.followUps.map((f) => f.text), timeline: r.timeline.map((t) => t.kind), questions: r.report.questions };
    };
    const reportBefore = await reportOf();
    expect(reportBefore.timeline).toEqual(["scheduled", "started", "hint", "finished"]);
    const recentBefore = await kindCounts(recent.live.id);
    await backdate(old.live.id, 8);
    await backdate(recent.live.id, 6);
    await backdate(upcoming.id, 8); // scheduled for tomorrow: not over, whatever its age

    const first = await pruneLiveEvents(new Date());
    expect(first).toEqual({ rooms: 1, events: 4, presence: 0 });
    expect(await kindCounts(old.live.id)).toEqual({ scheduled: 1, started: 1, hint: 1, finished: 1 });
    expect(await kindCounts(recent.live.id)).toEqual(recentBefore);
    expect(await kindCounts(upcoming.id)).toEqual({ scheduled: 1 });
    expect(await reportOf()).toEqual(reportBefore);
    // Visited: not again within the period.
    expect(await pruneLiveEvents(new Date())).toEqual({ rooms: 0, events: 0, presence: 0 });
  });
});
