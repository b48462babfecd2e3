// Key-point coverage over HTTP: computed and stored when an answer is submitted (practice) or
// its mock finishes; recomputed when missing or stale; readable by the owner and by a mentor
// the attempt is shared with, by nobody else; part of the data export.
import { afterAll, describe, expect, it } from "vitest";
import { analyseAnswer } from "@/lib/feedback/coverage";
import { ENGINE_VERSION } from "@/lib/feedback/stored";
import { newUser } from "../support/client";
import { closeTestDb, testDb } from "../support/db";
import { NO_SCOPES, ALL_SCOPES, mentorOf } from "../support/mentors";
import { createMock } from "../support/mocks";
import { questionOfType, startAttempt } from "../support/practice";

afterAll(closeTestDb);

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };
type Feedback = {
  attemptId: string;
  engineVersion: number;
  format: string;
  counts: { covered: number; partly: number; missing: number };
  keyPoints: {
    index: number;
    kind: "must" | "bonus";
    keyPoint: string;
    status: string;
    evidence: { field: string; start: number; end: number; text: string }[];
    notFound: string[];
  }[];
  length: { verdict: string; words: number };
  star: { parts: { part: string; status: string }[]; quantifiedResult: boolean } | null;
  components: unknown;
  suggestedScore: { field: string; value: number };
};
type FeedbackBody = { feedback: Feedback };

async function questionRow(id: string) {
  // Must-have then bonus points: the numbering the coverage uses.
  const { rows } = await testDb().query<{
    slug: string;
    type: string;
    keyPoints: string[];
    bonusPoints: string[];
    allocatedMinutes: number;
    prompt: string;
    modelAnswer: string;
  }>(
    `SELECT slug, type, "keyPoints", "bonusPoints", "allocatedMinutes", prompt, "modelAnswer" FROM "Question" WHERE id = $1`,
    [id],
  );
  return rows[0]!;
}
async function storedRow(attemptId: string) {
  const { rows } = await testDb().query<{
    engineVersion: number;
    covered: number;
    partly: number;
    missing: number;
    suggestedScore: number;
    computedAt: Date;
  }>(
    `SELECT "engineVersion", covered, partly, missing, "suggestedScore", "computedAt" FROM "AnswerFeedback" WHERE "attemptId" = $1`,
    [attemptId],
  );
  return rows[0] ?? null;
}

describe("answer feedback (key-point coverage)", () => {
  it("is computed and stored on submit, marks the covered key point with its evidence, and is 409 before", async () => {
    const { client } = await newUser("feedback-owner");
    const q = await questionOfType(client, "technical");
    const a = await startAttempt(client, q.id);
    const early = await client.get<ErrorBody>(`/api/practice/attempts/${a.id}/feedback`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("attempt_not_submitted");

    const row = await questionRow(q.id);
    // A partial answer: the first key point, said in a full sentence, and nothing else.
    const text = `In my answer I would say this. ${row.keyPoints[0]}.`;
    const sub = await client.json("POST", `/api/practice/attempts/${a.id}/submit`, {
      answer: { text },
      version: a.version,
    });
    expect(sub.status).toBe(200);
    // Stored by the submit itself, before anyone reads it.
    const stored = await storedRow(a.id);
    expect(stored).toMatchObject({ engineVersion: ENGINE_VERSION });

    const res = await client.get<FeedbackBody>(`/api/practice/attempts/${a.id}/feedback`);
    expect(res.status).toBe(200);
    const f = res.body.feedback;
    // The same result as the engine gives on its own.
    const direct = analyseAnswer(
      {
        slug: row.slug,
        type: "technical",
        keyPoints: row.keyPoints,
        bonusPoints: row.bonusPoints,
        allocatedMinutes: row.allocatedMinutes,
        prompt: row.prompt,
        modelAnswer: row.modelAnswer,
      },
      { text },
    );
    expect(f.keyPoints.map((k) => k.status)).toEqual(direct.keyPoints.map((k) => k.status));
    expect(f.keyPoints[0]!.status).toBe("covered");
    expect(f.keyPoints[0]!.evidence.map((e) => e.text)).toContain(`${row.keyPoints[0]}.`);
    expect(f.counts.missing).toBeGreaterThan(0);
    expect(f.counts.covered + f.counts.partly + f.counts.missing).toBe(row.keyPoints.length + row.bonusPoints.length);
    expect(f.keyPoints.map((k) => k.kind)).toEqual([...row.keyPoints.map(() => "must"), ...row.bonusPoints.map(() => "bonus")]);
    expect(f.length.verdict).toBe("too-short");
    expect(f.suggestedScore).toEqual({
      field: "practicalConsiderations",
      value: direct.suggestedScore.value,
    });
    expect([stored!.covered, stored!.partly, stored!.missing, stored!.suggestedScore]).toEqual([
      f.counts.covered,
      f.counts.partly,
      f.counts.missing,
      f.suggestedScore.value,
    ]);
  });

  it("recomputes when the row is missing (older attempts) or from an older engine version", async () => {
    const { client } = await newUser("feedback-lazy");
    const a = await startAttempt(client, (await questionOfType(client, "technical")).id);
    await client.json("POST", `/api/practice/attempts/${a.id}/submit`, {
      answer: { text: "A short answer about nothing much." },
      version: a.version,
    });
    await testDb().query(`DELETE FROM "AnswerFeedback" WHERE "attemptId" = $1`, [a.id]);
    expect(await storedRow(a.id)).toBeNull();
    const lazy = await client.get<FeedbackBody>(`/api/practice/attempts/${a.id}/feedback`);
    expect(lazy.status).toBe(200);
    expect(await storedRow(a.id)).toMatchObject({ engineVersion: ENGINE_VERSION });

    await testDb().query(
      `UPDATE "AnswerFeedback" SET "engineVersion" = 0, covered = 99, "computedAt" = '2000-01-01' WHERE "attemptId" = $1`,
      [a.id],
    );
    const again = await client.get<FeedbackBody>(`/api/practice/attempts/${a.id}/feedback`);
    expect(again.body.feedback.engineVersion).toBe(ENGINE_VERSION);
    const fresh = await storedRow(a.id);
    expect(fresh!.engineVersion).toBe(ENGINE_VERSION);
    expect(fresh!.covered).toBe(again.body.feedback.counts.covered);
    expect(fresh!.computedAt.getUTCFullYear()).toBeGreaterThan(2000);
  });

  it("is the owner's and a sharing mentor's; 404 for another user and a mentor without the scope; 400 on a bad id", async () => {
    const owner = await newUser("feedback-share");
    const a = await startAttempt(owner.client, (await questionOfType(owner.client, "technical")).id);
    await owner.client.json("POST", `/api/practice/attempts/${a.id}/submit`, {
      answer: { text: "Shared answer text." },
      version: a.version,
    });
    const other = await newUser("feedback-other");
    expect((await other.client.get(`/api/practice/attempts/${a.id}/feedback`)).status).toBe(404);

    const withScope = await mentorOf(owner.client, ALL_SCOPES, "feedback-mentor");
    const mine = await withScope.client.get<FeedbackBody>(
      `/api/mentoring/mentees/${owner.id}/attempts/${a.id}/feedback`,
    );
    expect(mine.status).toBe(200);
    expect(mine.body.feedback.attemptId).toBe(a.id);
    // A mentor's read computes what is missing but never writes the candidate's data.
    await testDb().query(`DELETE FROM "AnswerFeedback" WHERE "attemptId" = $1`, [a.id]);
    const computed = await withScope.client.get<FeedbackBody>(
      `/api/mentoring/mentees/${owner.id}/attempts/${a.id}/feedback`,
    );
    expect(computed.body.feedback.counts).toEqual(mine.body.feedback.counts);
    expect(await storedRow(a.id)).toBeNull();
    const without = await mentorOf(owner.client, NO_SCOPES, "feedback-mentor-none");
    expect(
      (await without.client.get(`/api/mentoring/mentees/${owner.id}/attempts/${a.id}/feedback`)).status,
    ).toBe(404);
    // A mentor is no owner: the owner's route stays 404 for them.
    expect((await withScope.client.get(`/api/practice/attempts/${a.id}/feedback`)).status).toBe(404);

    const bad = await owner.client.get<ErrorBody>(`/api/practice/attempts/${"x".repeat(41)}/feedback`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
  });

  it("covers mock answers once the mock is finished (STAR parts for behavioural), and the export carries it", async () => {
    const { client } = await newUser("feedback-mock");
    const mock = await createMock(client, { templateId: "behavioural-30" });
    const slot0 = mock.questions.find((q) => q.slot === 0)!;
    expect(slot0.format).toBe("STAR");
    const running = await client.get<ErrorBody>(`/api/mocks/${mock.id}/answers/0/feedback`);
    expect(running.status).toBe(409);
    expect(running.body.error.code).toBe("mock_not_finished");
    const answer = {
      situation: "At my last company our churn model drifted badly after a pricing change.",
      task: "Fix it.",
      action: "I retrained the model on fresh labels and added a drift alarm on the top features.",
      result: "Churn recall rose by 12 points within two weeks.",
    };
    await client.json("PUT", `/api/mocks/${mock.id}/answers/0`, { answer, version: slot0.version });
    expect((await client.json("POST", `/api/mocks/${mock.id}/finish`, {})).status).toBe(200);
    expect(await storedRow(slot0.attemptId)).toMatchObject({ engineVersion: ENGINE_VERSION });

    const res = await client.get<FeedbackBody>(`/api/mocks/${mock.id}/answers/0/feedback`);
    expect(res.status).toBe(200);
    expect(res.body.feedback.attemptId).toBe(slot0.attemptId);
    expect(res.body.feedback.star).toEqual({
      parts: [
        expect.objectContaining({ part: "situation", status: "present" }),
        expect.objectContaining({ part: "task", status: "thin" }),
        expect.objectContaining({ part: "action", status: "present" }),
        expect.objectContaining({ part: "result", status: "present" }),
      ],
      quantifiedResult: true,
      quantityEvidence: [expect.objectContaining({ field: "result", text: answer.result })],
    });
    expect((await client.get(`/api/mocks/${mock.id}/answers/99/feedback`)).status).toBe(404);
    expect((await client.get(`/api/mocks/${mock.id}/answers/x/feedback`)).status).toBe(400);

    const exp = await client.raw("/api/account/export");
    expect(exp.status).toBe(200);
    const data = (await exp.json()) as { answerFeedback: Feedback[] };
    const mine = data.answerFeedback.find((x) => x.attemptId === slot0.attemptId);
    expect(mine).toMatchObject({
      format: "STAR",
      engineVersion: ENGINE_VERSION,
      star: { quantifiedResult: true },
    });
    // Every finished answer of the mock is there (blank ones too: all missing, "empty").
    const { rows } = await testDb().query<{ id: string }>(
      `SELECT id FROM "PracticeAttempt" WHERE "mockId" = $1`,
      [mock.id],
    );
    expect(data.answerFeedback.map((x) => x.attemptId).sort()).toEqual(rows.map((r) => r.id).sort());
  });
});
