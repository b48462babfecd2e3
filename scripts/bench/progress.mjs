// The progress dashboard with a long history: one user with 20,000 practice attempts over two
// years (plus weekly self-assessments, a finished mock interview a week whose five answers are
// among those attempts, quiz answers and review cards) among 1,000 other users
// with their own attempts, all seeded in bulk with INSERT … SELECT generate_series. Prints
// p50/p95 of GET /api/progress (server time from Server-Timing, and total), the number of SQL
// queries one request runs for that user and for a user with a short history, and the
// response size. Numbers only; nothing is asserted.
import pg from "pg";
import { queriesPerGet, signedInFetch, summarise, timedGets, withBenchApp } from "./lib.mjs";

const ATTEMPTS = 20_000;
const OTHER_USERS = 1_000;
const OTHER_ATTEMPTS_EACH = 20;
const DAYS = 730;
const MOCKS = 104;
const WARMUP = 20;
const SAMPLES = 200;

export async function userIdOf(client, f) {
  const res = await f("/api/profile");
  const body = await res.json();
  const { rows } = await client.query(`SELECT id FROM "User" WHERE email = $1`, [body.profile.email]);
  return rows[0].id;
}

export async function seedHistory(client, userId) {
  const t0 = performance.now();
  const { rows: questions } = await client.query(`SELECT id FROM "Question" WHERE "ownerId" IS NULL AND "retiredAt" IS NULL ORDER BY id`);
  const ids = questions.map((q) => q.id);
  await client.query(`UPDATE "User" SET "timeZone" = 'Europe/Berlin', "nextInterviewOn" = (now() + interval '21 days')::date WHERE id = $1`, [userId]);

  // Scores and times come from hashes of the row number, so every run seeds the same data.
  const attemptsSql = (prefix) => `
    INSERT INTO "PracticeAttempt" (id, "userId", "questionId", status, format, answer, version, "allocatedSeconds",
      "startedAt", "activeMs", "submittedAt", "timeSpentMs", "technicalAccuracy", "communicationClarity",
      "problemSolving", "practicalConsiderations", "keyPointsCovered", rating, "scoredAt", "createdAt", "updatedAt")
    SELECT '${prefix}' || s.g, s.uid, ($2::text[])[1 + (abs(hashint4(s.g)) % array_length($2::text[], 1))],
      CASE WHEN s.g % 10 = 0 THEN 'SUBMITTED'::"AttemptStatus" ELSE 'SCORED'::"AttemptStatus" END,
      'MARKDOWN', jsonb_build_object('text', 'Benchmark answer ' || s.g), 3, 900,
      s.at - make_interval(secs => s.spent / 1000), s.spent, s.at, s.spent,
      CASE WHEN s.g % 10 = 0 THEN NULL ELSE abs(hashint4(s.g + 1)) % 11 END,
      CASE WHEN s.g % 10 = 0 THEN NULL ELSE abs(hashint4(s.g + 2)) % 11 END,
      CASE WHEN s.g % 10 = 0 THEN NULL ELSE abs(hashint4(s.g + 3)) % 11 END,
      CASE WHEN s.g % 10 = 0 THEN NULL ELSE abs(hashint4(s.g + 4)) % 11 END,
      '{}', CASE WHEN s.g % 10 = 0 THEN NULL ELSE 3 END, CASE WHEN s.g % 10 = 0 THEN NULL ELSE s.at END,
      s.at - make_interval(secs => s.spent / 1000), s.at
    FROM (SELECT g, $1::text AS uid, 180000 + abs(hashint4(g + 7)) % 1500000 AS spent,
                 (now() AT TIME ZONE 'UTC') - make_interval(secs => (g::float8 / $3) * ${DAYS} * 86400) AS at
          FROM generate_series(1, $3::int) g) s`;
  await client.query(attemptsSql("bench-main-"), [userId, ids, ATTEMPTS]);

  await client.query(
    `INSERT INTO "SelfAssessment" (id, "userId", "assessedOn", "mlFundamentals", "deepLearning", "systemDesign", "communicationLeadership", "createdAt")
     SELECT 'bench-sa-' || g, $1, (now() - make_interval(days => g * 7))::date,
            3 + (g % 7), 2 + (g % 8), 4 + (g % 6), 5 + (g % 5), now()
     FROM generate_series(0, 103) g`,
    [userId],
  );
  // A finished 5-question mock a week: attempts 190 m + 1 … 190 m + 5 are mock m's answers.
  await client.query(
    `INSERT INTO "Mock" (id, "userId", "templateId", plan, difficulty, "stageMs", "slotMs", status, stage, "stageStartedAt", "startedAt", "finishedAt", "updatedAt")
     SELECT 'bench-mock-' || m, $1, 'behavioural-30', '{}'::jsonb, 'mixed', '{600000,1200000}', '{0,0,0,0,0}', 'FINISHED', 2,
            a."submittedAt", a."submittedAt", a."submittedAt", now()
     FROM generate_series(0, ${MOCKS - 1}) m JOIN "PracticeAttempt" a ON a.id = 'bench-main-' || (m * 190 + 1)`,
    [userId],
  );
  await client.query(
    `UPDATE "PracticeAttempt" SET "mockId" = 'bench-mock-' || ((n - 1) / 190), "mockSlot" = (n - 1) % 190
     FROM (SELECT id AS aid, substring(id from 12)::int AS n FROM "PracticeAttempt" WHERE "userId" = $1) x
     WHERE id = x.aid AND (x.n - 1) % 190 < 5 AND (x.n - 1) / 190 < ${MOCKS}`,
    [userId],
  );
  await client.query(
    `INSERT INTO "QuizResult" (id, "userId", "questionId", knew, response, "createdAt")
     SELECT 'bench-quiz-' || g, $1, ($2::text[])[1 + (g % array_length($2::text[], 1))], g % 3 <> 0, '',
            (now() AT TIME ZONE 'UTC') - make_interval(secs => g * 31000)
     FROM generate_series(1, 2000) g`,
    [userId, ids],
  );
  await client.query(
    `INSERT INTO "ReviewCard" ("userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview", "updatedAt")
     SELECT $1, q, (now() AT TIME ZONE 'UTC') + make_interval(hours => (ord::int * 7) - 300), 5, 5, 1, 3, 0, 4, 1, 2, now(), now()
     FROM unnest($2::text[]) WITH ORDINALITY AS t(q, ord)`,
    [userId, ids],
  );

  // 1,000 other users, each with their own attempts spread over the same two years.
  await client.query(
    `INSERT INTO "User" (id, email, "displayName", "updatedAt")
     SELECT 'bench-other-' || g, 'other-' || g || '@bench.preploop.dev', 'Other ' || g, now() FROM generate_series(1, $1::int) g`,
    [OTHER_USERS],
  );
  await client.query(
    `INSERT INTO "PracticeAttempt" (id, "userId", "questionId", status, format, answer, "allocatedSeconds", "startedAt",
       "submittedAt", "timeSpentMs", "technicalAccuracy", "communicationClarity", "problemSolving", "practicalConsiderations",
       "keyPointsCovered", "scoredAt", "createdAt", "updatedAt")
     SELECT 'bench-other-a-' || g, 'bench-other-' || (1 + g % $1), ($2::text[])[1 + (g % array_length($2::text[], 1))],
            'SCORED', 'MARKDOWN', '{"text":"x"}', 900, at, at, 600000, 6, 7, 5, 8, '{}', at, at, at
     FROM (SELECT g, (now() AT TIME ZONE 'UTC') - make_interval(secs => (g % ${DAYS * 24}) * 3600) AS at
           FROM generate_series(1, $3::int) g) s`,
    [OTHER_USERS, ids, OTHER_USERS * OTHER_ATTEMPTS_EACH],
  );
  await client.query(`VACUUM ANALYZE "PracticeAttempt"`);
  await client.query(`VACUUM ANALYZE "SelfAssessment"`);
  await client.query(`VACUUM ANALYZE "Mock"`);
  await client.query(`VACUUM ANALYZE "QuizResult"`);
  await client.query(`VACUUM ANALYZE "ReviewCard"`);
  await client.query(`VACUUM ANALYZE "User"`);
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "PracticeAttempt"`);
  console.log(`seeded ${ATTEMPTS} attempts for the bench user and ${rows[0].n} attempts in all in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export async function run() {
  process.env.PREPLOOP_QUERY_STATS = "1"; // the app server inherits it: counts SQL queries
  await withBenchApp("preploop_bench_progress", async ({ baseUrl, databaseUrl }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const small = await signedInFetch(baseUrl);
      const smallQuestion = await (await small("/api/questions?type=technical&limit=1")).json();
      const started = await small("/api/practice/attempts", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ questionId: smallQuestion.items[0].id }),
      });
      const { attempt } = await started.json();
      await small(`/api/practice/attempts/${attempt.id}/submit`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

      const f = await signedInFetch(baseUrl);
      await seedHistory(client, await userIdOf(client, f));

      const { server, total, bytes } = await timedGets(f, "/api/progress", { warmup: WARMUP, samples: SAMPLES });
      console.log(summarise("GET /api/progress, 20,000 attempts, server time", server));
      console.log(summarise("GET /api/progress, 20,000 attempts, total", total));
      console.log(`response size: ${(bytes / 1024).toFixed(1)} KiB`);
      const big = await queriesPerGet(baseUrl, f, "/api/progress");
      const little = await queriesPerGet(baseUrl, small, "/api/progress");
      console.log(`SQL queries per request: ${big} with 20,000 attempts, ${little} with 1 attempt (session check included)`);
    } finally {
      await client.end();
    }
  });
}
