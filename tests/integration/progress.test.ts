// GET /api/progress over HTTP: the dashboard's sections for a new user, after an assessment
// and scored practice, in the user's time zone, and for nobody but the user.
import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/calendar/dates";
import { weekStart } from "@/lib/progress/weeks";
import { Client, newUser } from "../support/client";
import { createMock, scoresOf } from "../support/mocks";
import { answerFor, questionOfType, startAttempt } from "../support/practice";

type Progress = {
  today: string;
  timeZone: string;
  domainScores: {
    weeks: string[];
    sources: { key: string; label: string }[];
    domains: { domain: string; points: { week: string; self: number | null; practice: number | null; mock: number | null; counts: Record<string, number> }[] }[];
  };
  readiness: {
    points: { week: string; score: number | null }[];
    latest: { week: string; self: number | null; practice: number | null; mock: number | null; score: number; band: string } | null;
  };
  focusAreas: { total: number; areas: { focusArea: string; attempts: number; scored: number; mean: number | null }[] };
  weakest: { windowDays: number; areas: { focusArea: string; mean: number | null; scored: number; questions: { id: string; title: string; lastAttemptedAt: string | null }[] }[] };
  activity: { streak: { current: number; longest: number; activeToday: boolean; lastActiveOn: string | null }; heatmap: { activeDays: number; total: number; busiest: { date: string; count: number } | null } };
  timePractised: { weeks: { week: string; minutes: number; attempts: number }[]; thisWeekMinutes: number; totalMinutes: number };
  reviews: { due: number; nextWeek: number; scheduled: number; nextDueAt: string | null };
  timeline: { state: string; currentWeek?: number | null; daysLeft?: number; phases?: { key: string; status: string; measure: string; practised: number; target: number }[] };
};

async function progress(client: Client) {
  const res = await client.get<Progress>("/api/progress");
  expect(res.status).toBe(200);
  return res.body;
}

async function setProfile(client: Client, fields: { timeZone: string; nextInterviewOn: string | null }) {
  const { body } = await client.get<{ profile: { version: number; displayName: string } }>("/api/profile");
  const res = await client.json("PUT", "/api/profile", {
    version: body.profile.version,
    displayName: body.profile.displayName,
    targetRole: null,
    targetLevel: null,
    region: null,
    yearsExperience: null,
    ...fields,
  });
  expect(res.status).toBe(200);
}

async function scoredAttempt(client: Client, questionId: string, scores: Record<string, number>) {
  const attempt = await startAttempt(client, questionId);
  const submitted = await client.json("POST", `/api/practice/attempts/${attempt.id}/submit`, { answer: answerFor(attempt.format), version: attempt.version });
  expect(submitted.status).toBe(200);
  expect((await client.json("PUT", `/api/practice/attempts/${attempt.id}/score`, { scores, keyPointsCovered: [] })).status).toBe(200);
}

describe("GET /api/progress", () => {
  it("requires sign-in", async () => {
    expect((await new Client().get("/api/progress")).status).toBe(401);
  });

  it("gives a new user empty sections and what to do first", async () => {
    const { client } = await newUser("progress-empty");
    const p = await progress(client);
    expect(p.timeZone).toBe("UTC");
    expect(p.today).toBe(todayIn("UTC"));
    expect(p.domainScores.weeks).toHaveLength(26);
    expect(p.domainScores.weeks.at(-1)).toBe(weekStart(p.today));
    expect(p.domainScores.sources).toEqual([
      { key: "self", label: "Self-assessment" },
      { key: "practice", label: "Practice self-scores" },
      { key: "mock", label: "Mock interviews" },
      { key: "mentor", label: "Mentor scores" },
      { key: "ai", label: "AI reviews" },
    ]);
    expect(p.readiness.latest).toBeNull();
    expect(p.focusAreas.total).toBe(0);
    expect(p.activity.streak).toEqual({ current: 0, longest: 0, activeToday: false, lastActiveOn: null });
    expect(p.reviews).toEqual({ due: 0, nextWeek: 0, scheduled: 0, nextDueAt: null });
    expect(p.timeline.state).toBe("no-date");
    // Nothing scored: the first three mock-interview areas, each with never-practised questions.
    expect(p.weakest.areas.map((a) => [a.focusArea, a.mean])).toEqual([
      ["ml-algorithms", null],
      ["deep-learning", null],
      ["data-preprocessing", null],
    ]);
    for (const a of p.weakest.areas) {
      expect(a.questions).toHaveLength(3);
      expect(a.questions.every((q) => q.lastAttemptedAt === null)).toBe(true);
    }
  });

  it("shows an assessment and scored practice in every section, in the user's time zone", async () => {
    const { client } = await newUser("progress-data");
    const timeZone = "Pacific/Kiritimati"; // UTC+14: often a different calendar day from UTC
    const today = todayIn(timeZone);
    await setProfile(client, { timeZone, nextInterviewOn: addDays(today, 21) });

    const assessed = await client.json("POST", "/api/self-assessments", {
      assessedOn: today,
      scores: { mlFundamentals: 6, deepLearning: 5, systemDesign: 7, communicationLeadership: 8 },
    });
    expect(assessed.status).toBe(201);
    const technical = await questionOfType(client, "technical");
    const behavioural = await questionOfType(client, "behavioural");
    await scoredAttempt(client, technical.id, { technicalAccuracy: 8, communicationClarity: 7, problemSolving: 7, practicalConsiderations: 6 }); // 28
    await scoredAttempt(client, behavioural.id, { technicalAccuracy: 5, communicationClarity: 6, problemSolving: 4, practicalConsiderations: 5 }); // 20

    const p = await progress(client);
    expect(p.today).toBe(today);
    const week = weekStart(today);
    // Readiness this week: self (6+5+7+8)/4 = 6.5, practice (28+20)/8 = 6, mean 6.25 → Developing.
    expect(p.readiness.latest).toEqual({ week, self: 6.5, practice: 6, mock: null, mentor: null, ai: null, score: 6.25, band: "developing" });

    const areaOf = async (id: string) => (await client.get<{ question: { focusArea: string } }>(`/api/questions/${id}`)).body.question.focusArea;
    const [techArea, behArea] = [await areaOf(technical.id), await areaOf(behavioural.id)];
    const byArea = Object.fromEntries(p.focusAreas.areas.map((a) => [a.focusArea, a]));
    expect(p.focusAreas.total).toBe(2);
    expect(byArea[techArea]).toMatchObject({ attempts: 1, scored: 1, mean: 7 });
    expect(byArea[behArea]).toMatchObject({ attempts: 1, scored: 1, mean: 5 });

    // Behavioural feeds communication & leadership: self 8, practice 20/4 = 5 this week.
    const comm = p.domainScores.domains.find((d) => d.domain === "communication-leadership")!;
    expect(comm.points.at(-1)).toEqual({ week, self: 8, practice: 5, mock: null, mentor: null, ai: null, counts: { self: 1, practice: 1, mock: 0, mentor: 0, ai: 0 } });

    // The lower-scored area ranks first; the other scored one second.
    expect(p.weakest.areas.slice(0, 2).map((a) => [a.focusArea, a.mean, a.scored])).toEqual([
      [behArea, 5, 1],
      [techArea, 7, 1],
    ]);

    // One active day: today in Kiritimati, which is what the SQL's time-zone conversion must give.
    expect(p.activity.streak).toEqual({ current: 1, longest: 1, activeToday: true, lastActiveOn: today });
    expect(p.activity.heatmap).toMatchObject({ activeDays: 1, total: 2, busiest: { date: today, count: 2 } });
    expect(p.timePractised.weeks.at(-1)).toMatchObject({ week, attempts: 2 });
    expect(p.reviews.scheduled).toBe(2);

    // Interview set today 21 days out: a 3-week short plan starting today (decision 0021); the answers count for their phases.
    expect(p.timeline).toMatchObject({ state: "in-plan", currentWeek: 1, daysLeft: 21, planStart: today, fit: { kind: "short", days: 21 } });
    const practised = Object.fromEntries(p.timeline.phases!.map((x) => [x.key, x.practised]));
    expect(Object.keys(practised)).toEqual(["design-behavioural", "mock-interviews", "company-research"]);
    expect(practised["mock-interviews"]).toBe(0);
    expect(practised["design-behavioural"]! + practised["company-research"]!).toBeGreaterThanOrEqual(1);

    // A suggested question shows when it was last practised.
    const suggested = p.weakest.areas.flatMap((a) => a.questions).find((q) => q.id === behavioural.id || q.id === technical.id);
    if (suggested) expect(suggested.lastAttemptedAt).not.toBeNull();
  });

  it("a finished mock interview is its own score series, feeds readiness and counts for the plan's mock phase; only for its owner", async () => {
    const { client } = await newUser("progress-mock");
    const other = await newUser("progress-mock-other");
    const today = todayIn("UTC");
    // Interview set today 6 days out: the short plan opens with the mock interview phase (days 1-5, one mock).
    await setProfile(client, { timeZone: "UTC", nextInterviewOn: addDays(today, 6) });
    const before = await progress(client);
    expect(before.timeline.phases!.find((x) => x.key === "mock-interviews")).toMatchObject({ status: "current", measure: "mocks", practised: 0, target: 1 });

    // A practice answer of 28 / 40 = 7 beside the mock.
    await scoredAttempt(client, (await questionOfType(client, "technical")).id, { technicalAccuracy: 8, communicationClarity: 7, problemSolving: 7, practicalConsiderations: 6 });

    // The 30-minute behavioural round, finished in its first block: three behavioural answers.
    const mock = await createMock(client, { templateId: "behavioural-30" });
    const base = `/api/mocks/${mock.id}`;
    // Three answers written (blank answers cannot be scored and count nowhere).
    for (const slot of [0, 1, 2]) {
      const q = mock.questions[slot]!;
      expect((await client.json("PUT", `${base}/answers/${slot}`, { answer: answerFor(q.format, "Cut scope."), version: q.version })).status).toBe(200);
    }
    // Until it is finished, the mock adds nothing.
    expect((await progress(client)).readiness.latest).toMatchObject({ mock: null, score: 7 });
    expect((await client.json("POST", `${base}/finish`, {})).status).toBe(200);
    // Finished but not scored yet: counted for the plan, no score.
    const unscored = await progress(client);
    expect(unscored.readiness.latest).toMatchObject({ practice: 7, mock: null, score: 7 });
    expect(unscored.timeline.phases!.find((x) => x.key === "mock-interviews")).toMatchObject({ practised: 1, target: 1 });

    // 34 → 8.5, 28 → 7, 22 → 5.5: the report's overall is 7; the domain is communication & leadership.
    for (const [slot, s] of [
      [0, scoresOf(9, 9, 8, 8)],
      [1, scoresOf(7, 7, 7, 7)],
      [2, scoresOf(6, 6, 5, 5)],
    ] as const) {
      expect((await client.json("PUT", `${base}/answers/${slot}/score`, s)).status).toBe(200);
    }
    const report = await client.get<{ report: { scores: { overall: number; perDomain: { domain: string; average: number }[] } } }>(`${base}/report`);
    expect(report.body.report.scores.overall).toBe(7);

    const p = await progress(client);
    const week = weekStart(today);
    // Readiness: practice 7 and mock 7 (self-assessment absent) → 7, Good.
    expect(p.readiness.latest).toEqual({ week, self: null, practice: 7, mock: 7, mentor: null, ai: null, score: 7, band: "good" });
    // The mock's answers are the mock series, not practice self-scores (no double counting).
    const comm = p.domainScores.domains.find((d) => d.domain === "communication-leadership")!;
    expect(comm.points.at(-1)).toEqual({ week, self: null, practice: null, mock: 7, mentor: null, ai: null, counts: { self: 0, practice: 0, mock: 3, mentor: 0, ai: 0 } });
    // Its answers are answers: they count in focus areas, activity and time like practice.
    expect(p.focusAreas.areas.find((a) => a.focusArea === "behavioural")).toMatchObject({ attempts: 3, scored: 3, mean: 7 });
    expect(p.focusAreas.total).toBe(4);
    expect(p.timeline.phases!.find((x) => x.key === "mock-interviews")).toMatchObject({ status: "current", practised: 1 });

    const theirs = await progress(other.client);
    expect(theirs.readiness.latest).toBeNull();
    expect(theirs.focusAreas.total).toBe(0);
    expect((await other.client.get(`${base}/report`)).status).toBe(404);
  });

  it("rejected assessments change nothing, and no one sees another user's progress", async () => {
    const a = await newUser("progress-owner");
    const b = await newUser("progress-other");
    const before = await progress(a.client);
    for (const body of [
      { assessedOn: before.today, scores: { mlFundamentals: 11, deepLearning: 5, systemDesign: 5, communicationLeadership: 5 } },
      { assessedOn: before.today, scores: { mlFundamentals: 5 } },
      { assessedOn: addDays(before.today, 1), scores: { mlFundamentals: 5, deepLearning: 5, systemDesign: 5, communicationLeadership: 5 } },
    ]) {
      const res = await a.client.json<{ error: { fields: Record<string, string> } }>("POST", "/api/self-assessments", body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).length).toBeGreaterThan(0);
    }
    expect(await progress(a.client)).toEqual(before);

    const saved = await a.client.json<{ assessment: { id: string } }>("POST", "/api/self-assessments", {
      assessedOn: before.today,
      scores: { mlFundamentals: 9, deepLearning: 9, systemDesign: 9, communicationLeadership: 9 },
    });
    await scoredAttempt(a.client, (await questionOfType(a.client, "technical")).id, { technicalAccuracy: 9, communicationClarity: 9, problemSolving: 9, practicalConsiderations: 9 });
    expect((await progress(a.client)).readiness.latest?.band).toBe("excellent");

    const other = await progress(b.client);
    expect(other.readiness.latest).toBeNull();
    expect(other.focusAreas.total).toBe(0);
    expect(other.activity.heatmap.total).toBe(0);
    expect(other.reviews.scheduled).toBe(0);
    expect((await b.client.json("DELETE", `/api/self-assessments/${saved.body.assessment.id}`)).status).toBe(404);
  });

  it("answers 400 for parameters it does not take", async () => {
    const { client } = await newUser("progress-params");
    const res = await client.get<{ error: { code: string; fields: Record<string, string> } }>("/api/progress?from=2020-01-01");
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_input", fields: { _: "The dashboard takes no parameters (got from)." } });
  });

  it("hides the query counter unless benchmarks switch it on", async () => {
    expect((await new Client().get("/api/debug/query-count")).status).toBe(404);
  });
});
