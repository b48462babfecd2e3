// Attempts over HTTP: start, autosave with versions, pause/resume, submit, score, list;
// every bad input leaves what was saved untouched; another user's attempt is 404.
import { afterAll, describe, expect, it } from "vitest";
import { newUser } from "../support/client";
import { closeTestDb, countRows, testDb } from "../support/db";
import { type AttemptBody, goodScores, questionOfType, startAttempt } from "../support/practice";

afterAll(closeTestDb);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

async function savedAnswer(id: string) {
  const { rows } = await testDb().query<{ answer: unknown; version: number; status: string }>(
    `SELECT answer, version, status FROM "PracticeAttempt" WHERE id = $1`,
    [id],
  );
  return rows[0]!;
}

describe("practice attempts", () => {
  it("starts with the editor of the question type and the running server clock; a second start continues it", async () => {
    const { client } = await newUser("practice-start");
    const tech = await questionOfType(client, "technical");
    const first = await client.json<AttemptBody>("POST", "/api/practice/attempts", { questionId: tech.id });
    expect(first.status).toBe(201);
    expect(first.body.attempt).toMatchObject({ status: "in-progress", format: "MARKDOWN", answer: { text: "" }, version: 1 });
    expect(first.body.attempt.clock.running).toBe(true);
    const again = await client.json<AttemptBody>("POST", "/api/practice/attempts", { questionId: tech.id });
    expect(again.status).toBe(200);
    expect(again.body.attempt.id).toBe(first.body.attempt.id);

    const beh = await startAttempt(client, (await questionOfType(client, "behavioural")).id);
    expect(beh.format).toBe("STAR");
    expect(beh.answer).toEqual({ situation: "", task: "", action: "", result: "" });
    const code = await startAttempt(client, (await questionOfType(client, "coding")).id);
    expect(code.format).toBe("CODE");
  });

  it("rejects a missing or unknown question", async () => {
    const { client } = await newUser("practice-start-bad");
    const missing = await client.json<ErrorBody>("POST", "/api/practice/attempts", {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields?.questionId).toBe("Choose a question.");
    const unknown = await client.json<ErrorBody>("POST", "/api/practice/attempts", { questionId: "nope" });
    expect(unknown.status).toBe(404);
  });

  it("autosaves with versions: two concurrent saves with the same version → one 200, one 409", async () => {
    const { client } = await newUser("practice-race");
    const a = await startAttempt(client, (await questionOfType(client, "technical")).id);
    const url = `/api/practice/attempts/${a.id}`;
    const [r1, r2] = await Promise.all([
      client.json<{ version: number } & ErrorBody>("PUT", url, { answer: { text: "from tab one" }, version: 1 }),
      client.json<{ version: number } & ErrorBody>("PUT", url, { answer: { text: "from tab two" }, version: 1 }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const winner = r1.status === 200 ? "from tab one" : "from tab two";
    const loser = r1.status === 409 ? r1 : r2;
    expect(loser.body.error.code).toBe("stale_version");
    expect(loser.body.error.message).toMatch(/another tab or device/);
    const saved = await savedAnswer(a.id);
    expect(saved).toMatchObject({ answer: { text: winner }, version: 2 });

    // The next save from the winner's version goes through.
    const next = await client.json<{ version: number }>("PUT", url, { answer: { text: `${winner}, more` }, version: 2 });
    expect(next.status).toBe(200);
    expect(next.body.version).toBe(3);
  });

  it("answers 413 beyond 200 KiB and 400 for the wrong shape, keeping the saved answer", async () => {
    const { client } = await newUser("practice-limits");
    const a = await startAttempt(client, (await questionOfType(client, "technical")).id);
    const url = `/api/practice/attempts/${a.id}`;
    expect((await client.json("PUT", url, { answer: { text: "kept" }, version: 1 })).status).toBe(200);

    const big = await client.json<ErrorBody>("PUT", url, { answer: { text: "x".repeat(210 * 1024) }, version: 2 });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: "payload_too_large", message: "The request body is larger than the limit of 200 KiB." });

    const star = await client.json<ErrorBody>("PUT", url, { answer: { situation: "", task: "", action: "", result: "" }, version: 2 });
    expect(star.status).toBe(400);
    expect(star.body.error.fields?.answer).toBe("Send text.");

    const noVersion = await client.json<ErrorBody>("PUT", url, { answer: { text: "y" } });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.fields?.version).toBeDefined();

    expect(await savedAnswer(a.id)).toMatchObject({ answer: { text: "kept" }, version: 2 });
  });

  it("keeps time on the server: pause stops the clock, resume continues it", async () => {
    const { client } = await newUser("practice-clock");
    const a = await startAttempt(client, (await questionOfType(client, "technical")).id);
    const paused = await client.json<AttemptBody>("POST", `/api/practice/attempts/${a.id}/pause`, { reason: "user" });
    expect(paused.status).toBe(200);
    expect(paused.body.attempt.clock).toMatchObject({ running: false, pausedBy: "user" });
    const frozen = paused.body.attempt.clock.activeMs;
    // Leaving the page while paused by the user keeps the user's reason.
    const left = await client.json<AttemptBody>("POST", `/api/practice/attempts/${a.id}/pause`, { reason: "left" });
    expect(left.body.attempt.clock).toMatchObject({ running: false, pausedBy: "user", activeMs: frozen });
    const bad = await client.json<ErrorBody>("POST", `/api/practice/attempts/${a.id}/pause`, { reason: "coffee" });
    expect(bad.status).toBe(400);
    const resumed = await client.json<AttemptBody>("POST", `/api/practice/attempts/${a.id}/resume`, {});
    expect(resumed.body.attempt.clock).toMatchObject({ running: true, pausedBy: null });
    // Resumed from where it stopped: only the moments since the resume are added.
    expect(resumed.body.attempt.clock.activeMs).toBeGreaterThanOrEqual(frozen);
    expect(resumed.body.attempt.clock.activeMs).toBeLessThan(frozen + 5_000);
  });

  it("a resume sent by a page just before it was left is refused; the next page's resume is not", async () => {
    const { client } = await newUser("practice-stale-resume");
    const a = await startAttempt(client, (await questionOfType(client, "technical")).id);
    const url = `/api/practice/attempts/${a.id}`;
    // Page A leaves (its left pause), then page B opens and resumes: the clock runs.
    expect((await client.json<AttemptBody>("POST", `${url}/pause?page=pageAAAAAAAA`, { reason: "left" })).body.attempt.clock).toMatchObject({ running: false, pausedBy: "left" });
    const b = await client.json<AttemptBody>("POST", `${url}/resume?page=pageBBBBBBBB`, {});
    expect(b.body.attempt.clock).toMatchObject({ running: true, pausedBy: null });
    // Page B is left while its own resume is still on its way: the resume lands second.
    await client.json("POST", `${url}/pause?page=pageBBBBBBBB`, { reason: "left" });
    const stale = await client.json<AttemptBody>("POST", `${url}/resume?page=pageBBBBBBBB`, {});
    expect(stale.status).toBe(200);
    expect(stale.body.attempt.clock).toMatchObject({ running: false, pausedBy: "left" });
    // Left again while already paused (B's second pagehide never happens, but A's could land late):
    // the page that left last is the one remembered.
    await client.json("POST", `${url}/pause?page=pageCCCCCCCC`, { reason: "left" });
    const fromB = await client.json<AttemptBody>("POST", `${url}/resume?page=pageBBBBBBBB`, {});
    expect(fromB.body.attempt.clock.running).toBe(true);
    const bad = await client.json<ErrorBody>("POST", `${url}/resume?page=${"x".repeat(65)}`, {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("page");
  });

  it("a blank answer is not scored (409 answer_blank) and counts nowhere on the dashboard", async () => {
    const { client, id: userId } = await newUser("practice-blank");
    const q = await questionOfType(client, "behavioural");
    const a = await startAttempt(client, q.id);
    const url = `/api/practice/attempts/${a.id}`;
    const blankStar = { situation: " ", task: "\n", action: "", result: "\t " };
    expect((await client.json("POST", `${url}/submit`, { answer: blankStar, version: a.version })).status).toBe(200);
    const refused = await client.json<ErrorBody>("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [] });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: "answer_blank",
      message: "This answer is blank, so there is nothing to score: blank answers are not scored and do not count as answered.",
    });
    const after = await client.get<AttemptBody>(url);
    expect(after.body.attempt).toMatchObject({ status: "submitted", scores: null });
    expect(await countRows("ReviewCard", `"userId" = $1`, [userId])).toBe(0);
    // The dashboard counts no answer (a written one would count 1 in the focus areas).
    const progress = await client.get<{ focusAreas: { total: number } }>("/api/progress");
    expect(progress.status).toBe(200);
    expect(progress.body.focusAreas.total).toBe(0);
  });

  it("scores only after submitting; submitting twice is idempotent; scores must be whole numbers 0-10", async () => {
    const { client, id: userId } = await newUser("practice-score");
    const q = await questionOfType(client, "technical");
    const before = await client.get<{ question: { answer: unknown } }>(`/api/questions/${q.id}`);
    expect(before.body.question.answer).toBeNull();

    const a = await startAttempt(client, q.id);
    const url = `/api/practice/attempts/${a.id}`;
    const early = await client.json<ErrorBody>("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [0] });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("attempt_not_submitted");

    const submitted = await client.json<AttemptBody>("POST", `${url}/submit`, { answer: { text: "My final answer" }, version: 1 });
    expect(submitted.status).toBe(200);
    expect(submitted.body.attempt).toMatchObject({ status: "submitted", answer: { text: "My final answer" }, version: 2 });
    expect(submitted.body.attempt.clock.running).toBe(false);
    // Never paused: the time spent is exactly the stretch from start to submit, and the clock stops there.
    const { startedAt, submittedAt, timeSpentMs: spent, clock } = submitted.body.attempt;
    expect(spent).toBe(Date.parse(submittedAt!) - Date.parse(startedAt));
    expect(clock.activeMs).toBe(spent);

    const twice = await client.json<AttemptBody>("POST", `${url}/submit`, { answer: { text: "changed?" }, version: 2 });
    expect(twice.status).toBe(200);
    expect(twice.body.attempt).toMatchObject({ status: "submitted", answer: { text: "My final answer" }, version: 2, timeSpentMs: spent });

    const late = await client.json<ErrorBody>("PUT", url, { answer: { text: "after submit" }, version: 2 });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("attempt_submitted");

    // The answer key opens once the user has attempted the question.
    const after = await client.get<{ question: { answer: { keyPoints: string[] } | null } }>(`/api/questions/${q.id}`);
    expect(after.body.question.answer?.keyPoints.length).toBeGreaterThan(0);

    for (const [scores, field, message] of [
      [{ ...goodScores, technicalAccuracy: 11 }, "scores.technicalAccuracy", "Scores go from 0 to 10."],
      [{ ...goodScores, problemSolving: -1 }, "scores.problemSolving", "Scores go from 0 to 10."],
      [{ ...goodScores, communicationClarity: "high" }, "scores.communicationClarity", "Enter a whole number from 0 to 10."],
      [{ ...goodScores, practicalConsiderations: 7.5 }, "scores.practicalConsiderations", "Enter a whole number from 0 to 10."],
    ] as const) {
      const res = await client.json<ErrorBody>("PUT", `${url}/score`, { scores, keyPointsCovered: [] });
      expect(res.status).toBe(400);
      expect(res.body.error.fields?.[field]).toBe(message);
    }
    const badKp = await client.json<ErrorBody>("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [99] });
    expect(badKp.status).toBe(400);
    expect(badKp.body.error.fields?.keyPointsCovered).toMatch(/numbered from 0/);
    expect(await countRows("ReviewCard", `"userId" = $1`, [userId])).toBe(0);

    const scored = await client.json<AttemptBody>("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [1, 0, 1] });
    expect(scored.status).toBe(200);
    // 8 + 7 + 7 + 6 = 28 → mean 7.0 → Good (3)
    expect(scored.body.attempt).toMatchObject({ status: "scored", scores: goodScores, averageTenths: 70, keyPointsCovered: [0, 1], rating: 3 });

    // Rescoring corrects the scores but reviews the question only once.
    const rescored = await client.json<AttemptBody>("PUT", `${url}/score`, { scores: { ...goodScores, technicalAccuracy: 10 }, keyPointsCovered: [0] });
    expect(rescored.body.attempt).toMatchObject({ averageTenths: 75, rating: 3 });
    const { rows } = await testDb().query<{ reps: number }>(`SELECT reps FROM "ReviewCard" WHERE "userId" = $1`, [userId]);
    expect(rows).toEqual([{ reps: 1 }]);

    const list = await client.get<{ attempts: { id: string; status: string; averageTenths: number }[] }>(`/api/practice/attempts?questionId=${q.id}`);
    expect(list.body.attempts).toEqual([expect.objectContaining({ id: a.id, status: "scored", averageTenths: 75 })]);

    const review = await client.get<{ scheduledTotal: number; forecast: { count: number }[] }>("/api/practice/review");
    expect(review.body.scheduledTotal).toBe(1);
    expect(review.body.forecast).toHaveLength(14);
  });

  it("answers 404 for anything on another user's attempt and changes nothing", async () => {
    const owner = await newUser("practice-owner");
    const other = await newUser("practice-other");
    const a = await startAttempt(owner.client, (await questionOfType(owner.client, "technical")).id);
    await owner.client.json("PUT", `/api/practice/attempts/${a.id}`, { answer: { text: "mine" }, version: 1 });
    const url = `/api/practice/attempts/${a.id}`;
    const tries = [
      await other.client.get(url),
      await other.client.json("PUT", url, { answer: { text: "theirs" }, version: 2 }),
      await other.client.json("POST", `${url}/pause`, { reason: "user" }),
      await other.client.json("POST", `${url}/resume`, {}),
      await other.client.json("POST", `${url}/submit`, {}),
      await other.client.json("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [] }),
    ];
    expect(tries.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(await savedAnswer(a.id)).toMatchObject({ answer: { text: "mine" }, version: 2, status: "IN_PROGRESS" });
    const theirList = await other.client.get<{ attempts: unknown[] }>("/api/practice/attempts");
    expect(theirList.body.attempts).toEqual([]);
  });
  it("ticks bonus key points after the must-haves (numbered on from them) and refuses numbers past the last bonus point", async () => {
    const { client } = await newUser("practice-bonus-ticks");
    // 5 must-have key points and 1 bonus point.
    const { rows } = await testDb().query<{ id: string }>(`SELECT id FROM "Question" WHERE slug = 'diagnosing-target-leakage'`);
    const a = await startAttempt(client, rows[0]!.id);
    const url = `/api/practice/attempts/${a.id}`;
    expect((await client.json("POST", `${url}/submit`, { answer: { text: "Single-feature AUCs first." }, version: a.version })).status).toBe(200);
    const past = await client.json<ErrorBody>("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [6] });
    expect(past.status).toBe(400);
    expect(past.body.error.fields?.keyPointsCovered).toBe("This question has 6 key points (5 must-have, 1 bonus), numbered from 0.");
    const scored = await client.json<AttemptBody>("PUT", `${url}/score`, { scores: goodScores, keyPointsCovered: [5, 0] });
    expect(scored.status).toBe(200);
    expect(scored.body.attempt).toMatchObject({ keyPointsCovered: [0, 5], keyPointCount: 5, bonusPointCount: 1 });
  });
});
