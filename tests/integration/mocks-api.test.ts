import { afterAll, describe, expect, it } from "vitest";
import { newUser } from "../support/client";
import { markdownHtml } from "@/lib/markdown/html";
import { closeTestDb, countRows, testDb } from "../support/db";
import { type MockBody, createMock, scoresOf, waitForState } from "../support/mocks";

afterAll(closeTestDb);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

describe("creating a mock", () => {
  it("draws the full simulation's 24 questions, showing only the first block's", async () => {
    const { client, id: userId } = await newUser("mock-create");
    const mock = await createMock(client, { templateId: "full" });
    expect(mock).toMatchObject({ status: "in-progress", difficulty: "mixed", seriesNumber: null, questionCount: 24, msPerMinute: 60_000 });
    expect(mock.position).toEqual({ stage: 0, question: 0, slot: 0 });
    expect(mock.questions.map((q) => q.slot)).toEqual([0, 1, 2, 3, 4]);
    expect(mock.stages.map((s) => s.allocatedMs / 60_000)).toEqual([15, 15, 15, 10, 30, 30, 10, 20, 25, 10, 10, 20]);
    expect(mock.clock.running).toBe(true);
    expect(await countRows("PracticeAttempt", `"mockId" = $1 AND "userId" = $2`, [mock.id, userId])).toBe(24);
    // 24 different questions.
    const { body } = await client.get<{ mocks: { id: string; status: string; band: string | null }[] }>("/api/mocks");
    expect(body.mocks).toEqual([expect.objectContaining({ id: mock.id, status: "in-progress", band: null })]);
  });

  it("rejects an unknown template and a time scale beyond the server's, creating nothing", async () => {
    const { client, id: userId } = await newUser("mock-bad-create");
    const unknown = await client.json<ErrorBody>("POST", "/api/mocks", { templateId: "five-hours" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields?.templateId).toMatch(/Choose a mock: full, technical-45/);
    const difficulty = await client.json<ErrorBody>("POST", "/api/mocks", { templateId: "full", difficulty: "impossible" });
    expect(difficulty.status).toBe(400);
    expect(difficulty.body.error.fields?.difficulty).toMatch(/Choose a difficulty/);
    const scale = await client.json<ErrorBody>("POST", "/api/mocks", { templateId: "behavioural-30", timeScale: 601 });
    expect(scale.status).toBe(422);
    expect(scale.body.error).toMatchObject({ code: "time_scale_not_allowed", fields: { timeScale: "This server allows a time scale of at most 600." } });
    expect(await countRows("Mock", `"userId" = $1`, [userId])).toBe(0);
    expect(await countRows("PracticeAttempt", `"userId" = $1`, [userId])).toBe(0);
  });

  it("still starts when a block's fitting pool was all attempted in the last 7 days, and says which rule was relaxed", async () => {
    const { client, id: userId } = await newUser("mock-relaxed");
    const list = await client.get<{ items: { id: string; type: string; allocatedMinutes: number }[] }>("/api/questions?focusArea=ml-system-design&limit=50");
    const fitting = list.body.items.filter((q) => q.type !== "quiz" && q.allocatedMinutes <= 30);
    expect(fitting.length).toBeGreaterThanOrEqual(10);
    for (const q of fitting) {
      const res = await client.json("POST", "/api/practice/attempts", { questionId: q.id });
      expect(res.status).toBe(201);
    }
    const mock = await createMock(client, { templateId: "system-design-60" });
    const [design, realtime] = mock.questions;
    // The design block reuses a recent (fitting) question; the real-time block had fresh ones.
    expect(fitting.map((q) => q.id)).toContain(design!.questionId);
    expect(mock.relaxations).toEqual([
      { block: "Large-scale ML system design", rule: "recent-days", reused: 1, message: expect.stringContaining("7-day no-repeat rule was relaxed") },
    ]);
    expect(realtime).toBeUndefined(); // later blocks stay hidden until reached
    expect(await countRows("PracticeAttempt", `"userId" = $1 AND "mockId" = $2`, [userId, mock.id])).toBe(2);
    const page = await client.raw(`/mocks/${mock.id}`);
    const html = await page.text();
    expect(html).toContain("Some questions repeat recent practice");
    expect(html).toContain("7-day no-repeat rule was relaxed");
  });

  it("draws only questions whose allocated time fits the slot (no 45-60-minute design challenge in a 30-minute slot)", async () => {
    const { client } = await newUser("mock-fit");
    const mock = await createMock(client, { templateId: "full" });
    expect(mock.relaxations).toEqual([]);
    const attempts = await Promise.all(
      mock.questions.map((q) => client.get<{ question: { allocatedMinutes: number } }>(`/api/questions/${q.questionId}`)),
    );
    expect(attempts.map((a) => a.body.question.allocatedMinutes).every((m) => m <= 3)).toBe(true);
    for (let i = 0; i < 4; i++) {
      const design = await createMock(client, { templateId: "system-design-60" });
      const first = await client.get<{ question: { allocatedMinutes: number } }>(`/api/questions/${design.questions[0]!.questionId}`);
      expect(first.body.question.allocatedMinutes).toBeLessThanOrEqual(30);
    }
  });

  it("a series rises in difficulty and does not repeat the questions just drawn", async () => {
    const { client } = await newUser("mock-series");
    const first = await createMock(client, { templateId: "behavioural-30", series: true });
    await client.json("POST", `/api/mocks/${first.id}/finish`, {});
    const second = await createMock(client, { templateId: "behavioural-30", series: true, difficulty: "easy" });
    expect([first.difficulty, first.seriesNumber]).toEqual(["easy", 1]);
    expect([second.difficulty, second.seriesNumber]).toEqual(["medium", 2]);
    const firstIds = new Set(first.questions.map((q) => q.questionId));
    expect(second.questions.filter((q) => firstIds.has(q.questionId))).toEqual([]);
  });
});

describe("running a mock", () => {
  it("moves inside the block only, autosaves with versions, pauses and resumes", async () => {
    const { client } = await newUser("mock-run");
    const mock = await createMock(client, { templateId: "full" });
    const base = `/api/mocks/${mock.id}`;

    const outside = await client.json<ErrorBody>("POST", `${base}/move`, { slot: 7 });
    expect(outside.status).toBe(422);
    expect(outside.body.error).toMatchObject({ code: "move_outside_block", fields: { slot: expect.stringMatching(/current block \(questions 0 to 4/) } });
    const beyond = await client.json<ErrorBody>("POST", `${base}/move`, { slot: 99 });
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.fields?.slot).toBe("This mock has 24 questions, numbered 0 to 23.");
    const negative = await client.json<ErrorBody>("POST", `${base}/move`, { slot: -1 });
    expect(negative.status).toBe(400);
    expect((await client.get<MockBody>(base)).body.mock.position).toEqual({ stage: 0, question: 0, slot: 0 });

    const moved = await client.json<MockBody>("POST", `${base}/move`, { slot: 3 });
    expect(moved.body.mock.position).toEqual({ stage: 0, question: 3, slot: 3 });

    const q = mock.questions[3]!;
    const answer = q.format === "STAR" ? { situation: "s", task: "t", action: "a", result: "r" } : q.format === "CODE" ? { code: "x = 1" } : { text: "Gradient boosting fits residuals." };
    const saved = await client.json<{ version: number }>("PUT", `${base}/answers/3`, { answer, version: q.version });
    expect(saved.status).toBe(200);
    const stale = await client.json<ErrorBody>("PUT", `${base}/answers/3`, { answer, version: q.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    const notYet = await client.json<ErrorBody>("PUT", `${base}/answers/7`, { answer: { text: "early" }, version: 1 });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.code).toBe("block_closed");
    const noSuch = await client.json<ErrorBody>("PUT", `${base}/answers/40`, { answer: { text: "x" }, version: 1 });
    expect(noSuch.status).toBe(404);
    // Practice's own endpoints leave a mock's answers alone.
    const viaPractice = await client.json<ErrorBody>("PUT", `/api/practice/attempts/${q.attemptId}`, { answer, version: saved.body.version });
    expect(viaPractice.status).toBe(409);
    expect(viaPractice.body.error.code).toBe("mock_attempt");
    const again = await client.get<{ answer: unknown; version: number }>(`${base}/answers/3`);
    expect(again.body).toMatchObject({ answer, version: saved.body.version });

    const paused = await client.json<MockBody>("POST", `${base}/pause`, { reason: "user" });
    expect(paused.body.mock.clock).toMatchObject({ running: false, pausedBy: "user" });
    const left = await client.json<MockBody>("POST", `${base}/pause`, { reason: "left" });
    expect(left.body.mock.clock.pausedBy).toBe("user"); // leaving does not undo the user's Pause
    // Once the server's own clock has moved on (by at least 300 ms), the paused mock's has not.
    const pausedAt = Date.parse(paused.body.mock.clock.serverNow);
    const later = await waitForState(client, mock.id, (m) => Date.parse(m.clock.serverNow) >= pausedAt + 300);
    expect(later.clock.stageRemainingMs).toBe(paused.body.mock.clock.stageRemainingMs);
    const resumed = await client.json<MockBody>("POST", `${base}/resume`, {});
    expect(resumed.body.mock.clock.running).toBe(true);

    // A page's resume that lands after that same page's left pause was sent before it left: the
    // clock stays paused. Another page's resume (the reloaded one) runs it.
    await client.json("POST", `${base}/pause?page=pageAAAAAAAA`, { reason: "left" });
    const lateResume = await client.json<MockBody>("POST", `${base}/resume?page=pageAAAAAAAA`, {});
    expect(lateResume.body.mock.clock).toMatchObject({ running: false, pausedBy: "left" });
    const fresh = await client.json<MockBody>("POST", `${base}/resume?page=pageBBBBBBBB`, {});
    expect(fresh.body.mock.clock).toMatchObject({ running: true, pausedBy: null });

    // End the block early: the next block opens; a repeated click does not skip another one.
    const next = await client.json<MockBody>("POST", `${base}/advance`, { from: 0 });
    expect(next.body.mock.position).toEqual({ stage: 1, question: 0, slot: 5 });
    const twice = await client.json<MockBody>("POST", `${base}/advance`, { from: 0 });
    expect(twice.body.mock.position.stage).toBe(1);
    expect(twice.body.mock.questions.map((x) => x.slot)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const outOfMock = await client.json<ErrorBody>("POST", `${base}/advance`, { from: 12 });
    expect(outOfMock.status).toBe(422);
  });

  it("advances by itself when a block's time is up and finishes after the last (scaled clock)", async () => {
    const { client } = await newUser("mock-expiry");
    // behavioural-30 at 600×: blocks of 10 and 20 minutes last 1 s and 2 s.
    const mock = await createMock(client, { templateId: "behavioural-30", timeScale: 600 });
    expect(mock.msPerMinute).toBe(100);
    const inSecond = await waitForState(client, mock.id, (m) => m.position.stage === 1);
    expect(inSecond.stages[0]!.usedMs).toBe(1000);
    expect(inSecond.questions.map((q) => q.slot)).toEqual([0, 1, 2, 3, 4]);
    const done = await waitForState(client, mock.id, (m) => m.status === "finished");
    expect(done.stages.map((s) => s.usedMs)).toEqual([1000, 2000]);
    const report = await client.get<{ report: { finishedEarly: boolean; questions: unknown[] } }>(`/api/mocks/${mock.id}/report`);
    expect(report.status).toBe(200);
    expect(report.body.report.finishedEarly).toBe(false);
    expect(report.body.report.questions).toHaveLength(5);
  });
});

describe("finishing, scoring and the report", () => {
  it("scoring and the report wait for the finish; finish is idempotent; answers are frozen after", async () => {
    const { client, id: userId } = await newUser("mock-finish");
    const mock = await createMock(client, { templateId: "behavioural-30" });
    const base = `/api/mocks/${mock.id}`;
    const q0 = mock.questions[0]!;
    const answer = q0.format === "STAR" ? { situation: "Launch week", task: "Ship", action: "Cut scope", result: "On time" } : { text: "A plan." };
    const saved = await client.json<{ version: number }>("PUT", `${base}/answers/0`, { answer, version: q0.version });
    expect(saved.status).toBe(200);
    // Slot 1 gets an answer too; slot 2 stays blank.
    const q1 = mock.questions[1]!;
    const answer1 = q1.format === "STAR" ? { situation: "Outage", task: "Restore", action: "Rolled back", result: "Back in 20 min" } : { text: "Another plan." };
    expect((await client.json("PUT", `${base}/answers/1`, { answer: answer1, version: q1.version })).status).toBe(200);

    const early = await client.json<ErrorBody>("PUT", `${base}/answers/0/score`, scoresOf(8, 8, 8, 8));
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("mock_not_finished");
    const earlyReport = await client.get<ErrorBody>(`${base}/report`);
    expect(earlyReport.status).toBe(409);

    const finished = await client.json<MockBody>("POST", `${base}/finish`, {});
    expect(finished.status).toBe(200);
    expect(finished.body.mock.status).toBe("finished");
    // Only the first block was reached: the case studies never seen leave the mock.
    expect(finished.body.mock.questions.map((q) => q.slot)).toEqual([0, 1, 2]);
    const second = await client.json<MockBody>("POST", `${base}/finish`, {});
    expect(second.status).toBe(200);
    expect(second.body.mock.finishedAt).toBe(finished.body.mock.finishedAt);

    const late = await client.json<ErrorBody>("PUT", `${base}/answers/0`, { answer: { ...answer }, version: saved.body.version });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("mock_finished");
    const moveLate = await client.json<ErrorBody>("POST", `${base}/move`, { slot: 1 });
    expect(moveLate.status).toBe(409);

    const badScore = await client.json<ErrorBody>("PUT", `${base}/answers/0/score`, scoresOf(11, 8, 8, 8));
    expect(badScore.status).toBe(400);
    expect(badScore.body.error.fields?.["scores.technicalAccuracy"]).toBe("Scores go from 0 to 10.");
    // The blank answer cannot be scored.
    const blank = await client.json<ErrorBody>("PUT", `${base}/answers/2/score`, scoresOf(5, 5, 5, 5));
    expect(blank.status).toBe(409);
    expect(blank.body.error).toEqual({
      code: "answer_blank",
      message: "This answer is blank, so there is nothing to score: blank answers are not scored and do not count as answered.",
    });
    // 9+9+8+8 = 34 → 8.5; 7+7+7+7 → 7: overall (8.5 + 7) / 2 = 7.75, Good; the blank one counts nowhere.
    for (const [slot, s] of [
      [0, scoresOf(9, 9, 8, 8)],
      [1, scoresOf(7, 7, 7, 7)],
    ] as const) {
      const res = await client.json("PUT", `${base}/answers/${slot}/score`, s);
      expect(res.status).toBe(200);
    }
    const report = await client.get<{
      report: {
        questions: { slot: number; score: number | null; answer: unknown; blank: boolean }[];
        scores: {
          overall: number;
          band: { value: string };
          perDomain: { domain: string; average: number }[];
          perSession: { average: number; scored: number; answered: number; total: number }[];
          scored: number;
          answered: number;
          total: number;
        };
        time: { label: string; usedMs: number; allocatedMs: number }[];
        checklist: { interviewId: string; items: { key: string; checked: boolean }[] };
      };
    }>(`${base}/report`);
    expect(report.status).toBe(200);
    const r = report.body.report;
    expect(r.questions.map((q) => [q.score, q.blank])).toEqual([
      [8.5, false],
      [7, false],
      [null, true],
    ]);
    expect(r.questions[0]!.answer).toEqual(answer);
    expect(r.scores.overall).toBe(7.75);
    expect(r.scores.band.value).toBe("good");
    expect([r.scores.scored, r.scores.answered, r.scores.total]).toEqual([2, 2, 3]);
    expect(r.scores.perSession.map((s) => [s.average, s.scored, s.answered, s.total])).toEqual([[7.75, 2, 2, 3]]);
    expect(r.scores.perDomain).toEqual([expect.objectContaining({ domain: "communication-leadership", average: 7.75 })]);
    expect(r.time.map((t) => [t.label, t.allocatedMs])).toEqual([
      ["Behavioural scenarios", 600_000],
      ["Business case studies", 1_200_000],
    ]);
    expect(r.time[1]!.usedMs).toBe(0);
    expect(r.checklist.items.map((i) => i.key)).toEqual(["after-document-questions", "after-knowledge-gaps", "after-rate-performance", "after-follow-up-plan"]);
    // The after-interview checklist is the practice interview's: ticking it shows in the report.
    const tick = await client.json("PUT", `/api/practice/interviews/${r.checklist.interviewId}/checks`, { itemKey: "after-rate-performance", checked: true });
    expect(tick.status).toBe(200);
    const again = await client.get<{ report: { checklist: { items: { key: string; checked: boolean }[] } } }>(`${base}/report`);
    expect(again.body.report.checklist.items.filter((i) => i.checked).map((i) => i.key)).toEqual(["after-rate-performance"]);
    // Scored mock answers schedule reviews like practice.
    expect(await countRows("ReviewCard", `"userId" = $1`, [userId])).toBe(2);

    const list = await client.get<{ mocks: { id: string; overall: number; band: string }[] }>("/api/mocks");
    expect(list.body.mocks[0]).toMatchObject({ id: mock.id, overall: 7.75, band: "good", scored: 2 });
    const exported = await client.get<{ mockInterviews: { id: string; answers: unknown[] }[] }>("/api/account/export");
    expect(exported.body.mockInterviews).toEqual([expect.objectContaining({ id: mock.id, answers: expect.any(Array) })]);
    expect(exported.body.mockInterviews[0]!.answers).toHaveLength(3);
  });

  it("another user's mock answers 404 everywhere and is left unchanged", async () => {
    const owner = await newUser("mock-owner");
    const other = await newUser("mock-other");
    const mock = await createMock(owner.client, { templateId: "behavioural-30" });
    const base = `/api/mocks/${mock.id}`;
    const q0 = mock.questions[0]!;
    const attempts = [
      await other.client.get(base),
      await other.client.json("POST", `${base}/move`, { slot: 1 }),
      await other.client.json("POST", `${base}/advance`, { from: 0 }),
      await other.client.json("POST", `${base}/pause`, { reason: "user" }),
      await other.client.json("POST", `${base}/resume`, {}),
      await other.client.json("PUT", `${base}/answers/0`, { answer: { situation: "x", task: "x", action: "x", result: "x" }, version: q0.version }),
      await other.client.get(`${base}/answers/0`),
      await other.client.json("POST", `${base}/finish`, {}),
      await other.client.json("PUT", `${base}/answers/0/score`, scoresOf(5, 5, 5, 5)),
      await other.client.get(`${base}/report`),
    ];
    expect(attempts.map((a) => a.status)).toEqual(Array(10).fill(404));
    const mine = await owner.client.get<MockBody>(base);
    expect(mine.body.mock).toMatchObject({ status: "in-progress", position: { stage: 0, question: 0, slot: 0 } });
    expect(mine.body.mock.clock.running).toBe(true);
    expect(mine.body.mock.questions[0]).toMatchObject({ answer: q0.answer, version: q0.version });
    const anon = await fetch(`${process.env.PREPLOOP_BASE_URL ?? "http://localhost:3000"}${base}`);
    expect(anon.status).toBe(401);
  });
});

describe("a finished mock's model answers", () => {
  it("are sent one by one as the report draws them, once the mock is finished, and reading one records no reveal", async () => {
    const { client, id: userId } = await newUser("mock-model-answer");
    const mock = await createMock(client, { templateId: "behavioural-30" });
    const base = `/api/mocks/${mock.id}`;
    const running = await client.get<ErrorBody>(`${base}/answers/0/model-answer`);
    expect(running.status).toBe(409);
    expect(running.body.error.code).toBe("mock_not_finished");
    expect((await client.json("POST", `${base}/finish`, {})).status).toBe(200);

    const res = await client.get<{ modelAnswer: { slot: number; html: string } }>(`${base}/answers/0/model-answer`);
    expect(res.status).toBe(200);
    const { rows } = await testDb().query<{ modelAnswer: string }>(
      `SELECT q."modelAnswer" FROM "PracticeAttempt" a JOIN "Question" q ON q.id = a."questionId" WHERE a."mockId" = $1 AND a."mockSlot" = 0`,
      [mock.id],
    );
    expect(res.body.modelAnswer).toEqual({ slot: 0, html: markdownHtml(rows[0]!.modelAnswer) });
    expect(res.body.modelAnswer.html.length).toBeGreaterThan(0);
    expect(await countRows("UserQuestionState", `"userId" = $1 AND "revealedAt" IS NOT NULL`, [userId])).toBe(0);

    const missing = await client.get<ErrorBody>(`${base}/answers/99/model-answer`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.fields?.slot).toBe("That question is not in this mock.");
    expect((await client.get(`${base}/answers/x/model-answer`)).status).toBe(400);

    // Another user cannot read it: the mock is not theirs (404, nothing of it in the answer).
    const { client: other } = await newUser("mock-model-answer-other");
    const theirs = await other.get<ErrorBody>(`${base}/answers/0/model-answer`);
    expect(theirs.status).toBe(404);
    expect(JSON.stringify(theirs.body)).not.toContain(res.body.modelAnswer.html.slice(0, 40));
  });
});
