// What a mentor sees follows what is shared *now*: withdrawing a review request (even a
// completed one) ends that item's sharing at once; the progress page shows only the series the
// scopes cover and only the mentor's own reviews; notifications and the export never carry the
// title of an item the mentor may not open. Each test fails on the code before issue 13.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { type Client, newUser } from "../support/client";
import { closeTestDb } from "../support/db";
import { NO_SCOPES, mentorOf, review, scoredAttempt } from "../support/mentors";
import { createMock, scoresOf } from "../support/mocks";
import { startAttempt } from "../support/practice";

afterAll(closeTestDb);

type Notes = { unread: number; items: { kind: string; text: string; link: string | null }[] };
const NO_ACCESS = "An item you no longer have access to.";

/** A personal question whose title is a unique marker. */
async function personalQuestion(client: Client, marker: string) {
  const q = await client.json<{ question: { id: string } }>("POST", "/api/questions", {
    title: marker,
    prompt: "A private question only its owner should ever see titled.",
    type: "technical",
    focusArea: "ml-algorithms",
    difficulty: "easy",
    allocatedMinutes: 5,
    expectedMinutes: 4,
    keyPoints: ["One", "Two", "Three"],
    modelAnswer: "A model answer.",
    discussionPoints: [],
    tags: [],
    companyType: "general",
  });
  expect(q.status, JSON.stringify(q.body)).toBe(201);
  return q.body.question.id;
}

/** A submitted attempt at a personal question whose title is a unique marker. */
async function personalAttempt(client: Client, marker: string) {
  const questionId = await personalQuestion(client, marker);
  const a = await startAttempt(client, questionId);
  const sub = await client.json("POST", `/api/practice/attempts/${a.id}/submit`, {
    answer: { text: "My private answer." },
    version: a.version,
  });
  expect(sub.status, JSON.stringify(sub.body)).toBe(200);
  return { id: a.id, questionId };
}

describe("withdrawing a review request", () => {
  it("works once the mentor has reviewed, ends that mentor's access at once, and keeps the review for the candidate", async () => {
    const candidate = await newUser("wd-candidate");
    const attempt = await scoredAttempt(candidate.client);
    const mentor = await mentorOf(candidate.client, NO_SCOPES, "wd-mentor");
    const base = `/api/mentoring/mentees/${candidate.id}`;
    const url = `${base}/attempts/${attempt.id}`;
    const ask = async () => {
      const r = await candidate.client.json<{ request: { id: string } }>("POST", "/api/review-requests", {
        mentorshipId: mentor.mentorshipId,
        attemptId: attempt.id,
      });
      expect(r.status).toBe(201);
      return r.body.request.id;
    };
    const first = await ask();
    const summary = `Review marker ${randomUUID()}`;
    expect((await mentor.client.json("PUT", `${url}/review`, review(6, 7, 5, 6, summary))).status).toBe(200);
    // Completed: out of the queue, still shared (the mentor can follow up in the thread).
    expect((await mentor.client.get<{ items: unknown[] }>("/api/mentoring/queue")).body.items).toEqual([]);
    expect((await mentor.client.get(url)).status).toBe(200);

    // A second, open request for the same item; withdrawing the completed one leaves it shared by the open one.
    const second = await ask();
    const queued = await mentor.client.get<{ items: { id: string }[] }>("/api/mentoring/queue");
    expect(queued.body.items.map((i) => i.id)).toEqual([second]);
    const w1 = await candidate.client.json("DELETE", `/api/review-requests/${first}`);
    expect(w1.status, JSON.stringify(w1.body)).toBe(200);
    expect((await mentor.client.get(url)).status).toBe(200);

    // Withdrawing the last one: gone at once from every mentor route and the queue.
    expect((await candidate.client.json("DELETE", `/api/review-requests/${second}`)).status).toBe(200);
    expect((await mentor.client.get(url)).status).toBe(404);
    expect((await mentor.client.get(`${url}/comments`)).status).toBe(404);
    expect((await mentor.client.json("PUT", `${url}/review`, review(1, 1, 1, 1))).status).toBe(404);
    expect((await mentor.client.json("POST", `${url}/comments`, { body: "Still here?" })).status).toBe(404);
    expect((await mentor.client.get<{ items: unknown[] }>("/api/mentoring/queue")).body.items).toEqual([]);
    const overview = await mentor.client.get<{ attempts: { id: string }[] }>(base);
    expect(overview.body.attempts).toEqual([]);
    // Withdrawn twice: 404, nothing changes.
    expect((await candidate.client.json("DELETE", `/api/review-requests/${second}`)).status).toBe(404);

    // The candidate keeps the mentor's review (it is their feedback), unchanged by the 404ed PUT.
    const threads = await candidate.client.get<{
      threads: { mentor: { id: string }; review: { scores: Record<string, number>; summary: string } }[];
    }>(`/api/practice/attempts/${attempt.id}/reviews`);
    expect(threads.body.threads).toEqual([
      expect.objectContaining({
        mentor: expect.objectContaining({ id: mentor.id }),
        review: expect.objectContaining({
          summary,
          scores: { technicalAccuracy: 6, communicationClarity: 7, problemSolving: 5, practicalConsiderations: 6 },
        }),
      }),
    ]);

    // A scope still shares it regardless of requests.
    await candidate.client.json("PATCH", `/api/mentorships/${mentor.mentorshipId}`, { attempts: true });
    expect((await mentor.client.get(url)).status).toBe(200);
  });
});

type Values = Partial<Record<"self" | "practice" | "mock" | "mentor", number | null>>;
type MentorProgress = {
  progress: {
    series: { key: string }[];
    domains: { domain: string; latest: Values; points: (Values & { week: string })[] }[];
    readiness: { latest: { score: number } | null };
    practice: { includesMockAnswers: boolean; focusAreas: { attempts: number }[] } | null;
    mocks: { finished: number } | null;
  };
};

describe("the progress scope", () => {
  it("shows only the series the scopes cover, the mentor's own reviews only, and no question titles", async () => {
    const candidate = await newUser("pg-candidate");
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (
        await candidate.client.json("POST", "/api/self-assessments", {
          assessedOn: today,
          scores: { mlFundamentals: 6, deepLearning: 5, systemDesign: 7, communicationLeadership: 8 },
        })
      ).status,
    ).toBe(201);
    // Never attempted and sorting first: the dashboard suggests it for a weak area.
    const marker = `0000 Private question ${randomUUID()}`;
    await personalQuestion(candidate.client, marker);
    const attempt = await scoredAttempt(candidate.client, {
      technicalAccuracy: 9,
      communicationClarity: 9,
      problemSolving: 9,
      practicalConsiderations: 9,
    });
    // A finished mock with two answers scored 3 everywhere.
    const mock = await createMock(candidate.client, { templateId: "behavioural-30" });
    for (const slot of [0, 1]) {
      const q = mock.questions[slot]!;
      const answer = q.format === "STAR" ? { situation: "s", task: "t", action: "a", result: "r" } : { text: "An answer." };
      expect((await candidate.client.json("PUT", `/api/mocks/${mock.id}/answers/${slot}`, { answer, version: q.version })).status).toBe(200);
    }
    expect((await candidate.client.json("POST", `/api/mocks/${mock.id}/finish`, {})).status).toBe(200);
    for (const slot of [0, 1])
      expect((await candidate.client.json("PUT", `/api/mocks/${mock.id}/answers/${slot}/score`, scoresOf(3, 3, 3, 3))).status).toBe(200);

    const onlyProgress = await mentorOf(candidate.client, { ...NO_SCOPES, progress: true }, "pg-only");
    const withAttempts = await mentorOf(candidate.client, { ...NO_SCOPES, progress: true, attempts: true }, "pg-attempts");
    const withMocks = await mentorOf(candidate.client, { ...NO_SCOPES, progress: true, mocks: true }, "pg-mocks");
    const other = await mentorOf(candidate.client, { ...NO_SCOPES, attempts: true }, "pg-other");
    const reviewUrl = `/api/mentoring/mentees/${candidate.id}/attempts/${attempt.id}/review`;
    expect((await other.client.json("PUT", reviewUrl, review(2, 2, 2, 2))).status).toBe(200);
    expect((await withAttempts.client.json("PUT", reviewUrl, review(8, 8, 8, 8))).status).toBe(200);

    // The candidate's own dashboard has all of it (the test's preconditions).
    const own = await candidate.client.get("/api/progress");
    expect(JSON.stringify(own.body)).toContain(marker);

    const read = async (c: Client) => {
      const res = await c.get<MentorProgress>(`/api/mentoring/mentees/${candidate.id}/progress`);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(marker);
      return res.body.progress;
    };
    const seriesOf = (p: MentorProgress["progress"]) => p.series.map((s) => s.key);
    const latest = (p: MentorProgress["progress"], key: keyof Values) =>
      Object.fromEntries(p.domains.filter((d) => d.latest[key] != null).map((d) => [d.domain, d.latest[key]]));
    const keysIn = (p: MentorProgress["progress"]) =>
      [...new Set(p.domains.flatMap((d) => d.points.flatMap((x) => Object.keys(x))))].sort();
    const SELF = { "ml-fundamentals": 6, "deep-learning": 5, "system-design": 7, "communication-leadership": 8 };

    // Progress only: self-assessments and own reviews (none); no practice, no mocks, no one else's reviews.
    const p = await read(onlyProgress.client);
    expect(seriesOf(p)).toEqual(["self", "mentor"]);
    expect(keysIn(p)).toEqual(["mentor", "self", "week"]);
    expect(latest(p, "self")).toEqual(SELF);
    expect(latest(p, "mentor")).toEqual({});
    expect(p.readiness.latest?.score).toBe(6.5);
    expect(p.practice).toBeNull();
    expect(p.mocks).toBeNull();

    // With attempts: the practice series (9, mock answers left out) and this mentor's 8 — not the mean with the other's 2 (5).
    const a = await read(withAttempts.client);
    expect(seriesOf(a)).toEqual(["self", "practice", "mentor", "ai"]);
    expect(Object.values(latest(a, "practice"))).toEqual([9]);
    expect(Object.values(latest(a, "mentor"))).toEqual([8]);
    expect(a.practice).toMatchObject({ includesMockAnswers: false });
    expect(a.practice!.focusAreas.reduce((n, f) => n + f.attempts, 0)).toBe(1);
    expect(a.mocks).toBeNull();
    // Readiness: the mean of self 6.5, practice 9 and mentor 8.
    expect(a.readiness.latest?.score).toBe(7.83);

    // With mocks: the mock series (3) and the count of finished mocks; no practice.
    const m = await read(withMocks.client);
    expect(seriesOf(m)).toEqual(["self", "mock", "mentor"]);
    expect(new Set(Object.values(latest(m, "mock")))).toEqual(new Set([3]));
    expect(latest(m, "mentor")).toEqual({});
    expect(m.practice).toBeNull();
    expect(m.mocks).toEqual({ finished: 1 });

    // Without the progress scope: no page at all.
    expect((await other.client.get(`/api/mentoring/mentees/${candidate.id}/progress`)).status).toBe(404);
  });
});

describe("notifications and the export", () => {
  it("never carry the title of an item the mentor cannot open, now or after the sharing ends", async () => {
    const candidate = await newUser("nt-candidate");
    const marker = `Private title ${randomUUID()}`;
    const attempt = await personalAttempt(candidate.client, marker);
    const offersOnly = await mentorOf(candidate.client, { ...NO_SCOPES, offers: true }, "nt-offers");
    const requested = await mentorOf(candidate.client, NO_SCOPES, "nt-requested");
    const scoped = await mentorOf(candidate.client, { ...NO_SCOPES, attempts: true }, "nt-scoped");
    const notes = (c: Client) => c.get<Notes>("/api/notifications");
    const exported = async (c: Client) => JSON.stringify(await (await c.raw("/api/account/export")).json());
    const comment = (mentorId: string, body: string) =>
      candidate.client.json("POST", `/api/practice/attempts/${attempt.id}/comments`, { body, mentorId });

    // A reply in the thread of a mentor who cannot see the attempt: stored, but no notification for them.
    expect((await comment(offersOnly.id, "A note for later.")).status).toBe(201);
    expect((await notes(offersOnly.client)).body).toEqual({ unread: 0, items: [] });
    expect(await exported(offersOnly.client)).not.toContain(marker);

    // Shared by a request and by the scope: the mentors read the title while they may open the item.
    const req = await candidate.client.json<{ request: { id: string } }>("POST", "/api/review-requests", {
      mentorshipId: requested.mentorshipId,
      attemptId: attempt.id,
    });
    expect(req.status).toBe(201);
    expect((await comment(requested.id, "Look at the second part.")).status).toBe(201);
    expect((await comment(scoped.id, "What do you think?")).status).toBe(201);
    expect((await notes(requested.client)).body.items).toEqual([
      expect.objectContaining({
        kind: "comment-added",
        text: `Test User replied on “${marker}”.`,
        link: `/mentoring/${candidate.id}/attempts/${attempt.id}#thread`,
      }),
      expect.objectContaining({
        kind: "review-requested",
        text: `Test User asked you to review “${marker}”.`,
        link: `/mentoring/${candidate.id}/attempts/${attempt.id}`,
      }),
    ]);
    expect((await notes(scoped.client)).body.items.map((n) => n.text)).toEqual([`Test User replied on “${marker}”.`]);
    expect(await exported(requested.client)).toContain(marker);
    // The requested mentor reviews (the request completes); the candidate is told, with the title.
    const reviewUrl = `/api/mentoring/mentees/${candidate.id}/attempts/${attempt.id}/review`;
    expect((await requested.client.json("PUT", reviewUrl, review(5, 5, 5, 5))).status).toBe(200);
    const reviewed = {
      kind: "review-arrived",
      text: `Test User reviewed “${marker}”.`,
      link: `/practice/attempts/${attempt.id}`,
    };
    expect((await candidate.client.get<Notes>("/api/notifications")).body.items[0]).toMatchObject(reviewed);

    // The request withdrawn, the scope turned off: the old notifications lose the title and the link, and so does the export.
    expect((await candidate.client.json("DELETE", `/api/review-requests/${req.body.request.id}`)).status).toBe(200);
    expect(
      (await candidate.client.json("PATCH", `/api/mentorships/${scoped.mentorshipId}`, { attempts: false })).status,
    ).toBe(200);
    for (const mentor of [requested, scoped]) {
      const after = await notes(mentor.client);
      expect(after.status).toBe(200);
      expect(JSON.stringify(after.body)).not.toContain(marker);
      expect(after.body.items.length).toBeGreaterThan(0);
      for (const n of after.body.items) expect(n).toMatchObject({ text: NO_ACCESS, link: null });
      expect(await exported(mentor.client)).not.toContain(marker);
    }
    // Shared again: the title is back (it is rendered when read, not stored).
    await candidate.client.json("PATCH", `/api/mentorships/${scoped.mentorshipId}`, { attempts: true });
    expect((await notes(scoped.client)).body.items.map((n) => n.text)).toEqual([`Test User replied on “${marker}”.`]);
    // Ended: gone again.
    await candidate.client.json("DELETE", `/api/mentorships/${scoped.mentorshipId}`);
    const ended = await notes(scoped.client);
    expect(ended.body.items.map((n) => n.text)).toEqual(["Test User ended the mentorship.", NO_ACCESS]);

    // The candidate's own notifications keep the title of their own attempt.
    expect((await candidate.client.get<Notes>("/api/notifications")).body.items).toContainEqual(
      expect.objectContaining(reviewed),
    );
    expect((await requested.client.json("PUT", reviewUrl, review(1, 1, 1, 1))).status).toBe(404);
  });
});
