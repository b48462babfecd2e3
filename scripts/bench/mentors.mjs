// Mentoring at scale: one mentor with 100 mentees (5,000 shared attempts, 2,000 open review
// requests, 10 self-assessments each) and one candidate with 5,000 attempts of which 2,000
// carry a mentor review. Prints p50/p95 server time and the SQL queries per request of the
// mentor dashboard, the review queue, the calibration view and the progress dashboard (with
// the mentor series). Numbers only; nothing is asserted.
import pg from "pg";
import { queriesPerGet, signedInFetch, summarise, timedGets, withBenchApp } from "./lib.mjs";
import { userIdOf } from "./progress.mjs";

const MENTEES = 100;
const MENTEE_ATTEMPTS = 5_000;
const REQUESTS = 2_000;
const CANDIDATE_ATTEMPTS = 5_000;
const REVIEWS = 2_000;
const WARMUP = 10;
const SAMPLES = 100;

const attemptsSql = `
  INSERT INTO "PracticeAttempt" (id, "userId", "questionId", status, format, answer, "allocatedSeconds", "startedAt",
     "submittedAt", "timeSpentMs", "technicalAccuracy", "communicationClarity", "problemSolving", "practicalConsiderations",
     "keyPointsCovered", "scoredAt", "createdAt", "updatedAt")
  SELECT $1 || g, ($2::text[])[1 + (g % array_length($2::text[], 1))], ($3::text[])[1 + (g % array_length($3::text[], 1))],
         'SCORED', 'MARKDOWN', '{"text":"x"}', 900, at, at, 600000,
         abs(hashint4(g)) % 11, abs(hashint4(g + 1)) % 11, abs(hashint4(g + 2)) % 11, abs(hashint4(g + 3)) % 11, '{}', at, at, at
  FROM (SELECT g, (now() AT TIME ZONE 'UTC') - make_interval(secs => g * 3000) AS at FROM generate_series(1, $4::int) g) s`;

async function seed(client, mentorId, candidateId) {
  const t0 = performance.now();
  const { rows: questions } = await client.query(
    `SELECT id FROM "Question" WHERE "ownerId" IS NULL AND "retiredAt" IS NULL ORDER BY id`,
  );
  const ids = questions.map((q) => q.id);
  const mentees = Array.from({ length: MENTEES }, (_, i) => `bm-mentee-${i + 1}`);
  await client.query(
    `INSERT INTO "User" (id, email, "displayName", "updatedAt")
     SELECT u, u || '@bench.preploop.dev', 'Mentee ' || u, now() FROM unnest($1::text[]) u
     UNION ALL SELECT 'bm-mentor-2', 'bm-mentor-2@bench.preploop.dev', 'Second Mentor', now()`,
    [mentees],
  );
  await client.query(
    `INSERT INTO "Mentorship" (id, "candidateId", "mentorId", "shareAttempts", "shareMocks", "shareProgress", "shareOffers", "sharePlan", "updatedAt")
     SELECT 'bm-ms-' || u, u, $2, true, true, true, false, false, now() FROM unnest($1::text[]) u
     UNION ALL SELECT 'bm-ms-candidate', $3, 'bm-mentor-2', true, true, true, false, false, now()`,
    [mentees, mentorId, candidateId],
  );
  await client.query(attemptsSql, ["bm-a-", mentees, ids, MENTEE_ATTEMPTS]);
  await client.query(attemptsSql, ["bm-c-", [candidateId], ids, CANDIDATE_ATTEMPTS]);
  await client.query(
    `INSERT INTO "SelfAssessment" (id, "userId", "assessedOn", "mlFundamentals", "deepLearning", "systemDesign", "communicationLeadership", "createdAt")
     SELECT 'bm-sa-' || u || '-' || w, u, (now() - make_interval(days => w * 7))::date, 3 + w % 7, 4 + w % 6, 5 + w % 5, 6 + w % 4, now()
     FROM unnest($1::text[]) u, generate_series(0, 9) w`,
    [mentees],
  );
  await client.query(
    `INSERT INTO "ReviewRequest" (id, "mentorshipId", "candidateId", "mentorId", "attemptId", "requestedAt")
     SELECT 'bm-rr-' || g, 'bm-ms-' || a."userId", a."userId", $1, a.id, now() - make_interval(mins => g)
     FROM generate_series(1, $2::int) g JOIN "PracticeAttempt" a ON a.id = 'bm-a-' || g`,
    [mentorId, REQUESTS],
  );
  await client.query(
    `INSERT INTO "MentorReview" (id, "attemptId", "candidateId", "mentorId", "technicalAccuracy", "communicationClarity", "problemSolving", "practicalConsiderations", "createdAt", "updatedAt")
     SELECT 'bm-rv-' || g, 'bm-c-' || g, $1, 'bm-mentor-2', abs(hashint4(g + 9)) % 11, abs(hashint4(g + 8)) % 11, abs(hashint4(g + 7)) % 11, abs(hashint4(g + 6)) % 11,
            now() - make_interval(secs => g * 3000), now() - make_interval(secs => g * 3000)
     FROM generate_series(1, $2::int) g`,
    [candidateId, REVIEWS],
  );
  for (const t of [
    "User",
    "Mentorship",
    "PracticeAttempt",
    "SelfAssessment",
    "ReviewRequest",
    "MentorReview",
  ])
    await client.query(`VACUUM ANALYZE "${t}"`);
  console.log(
    `seeded ${MENTEES} mentees, ${REQUESTS} open requests, ${REVIEWS} reviews in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function measure(baseUrl, f, path, label) {
  const { server, bytes } = await timedGets(f, path, { warmup: WARMUP, samples: SAMPLES });
  console.log(
    `${summarise(`GET ${path} (${label}), server time`, server)}; ${(bytes / 1024).toFixed(1)} KiB; ${await queriesPerGet(baseUrl, f, path)} SQL queries`,
  );
}

export async function run() {
  process.env.PREPLOOP_QUERY_STATS = "1";
  await withBenchApp("preploop_bench_mentors", async ({ baseUrl, databaseUrl }) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const mentor = await signedInFetch(baseUrl);
      const candidate = await signedInFetch(baseUrl);
      await seed(client, await userIdOf(client, mentor), await userIdOf(client, candidate));
      await measure(baseUrl, mentor, "/api/mentoring", `${MENTEES} mentees`);
      await measure(baseUrl, mentor, "/api/mentoring/queue", `${REQUESTS} open requests, first 200`);
      await measure(baseUrl, candidate, "/api/mentors/calibration", `${REVIEWS} reviews`);
      await measure(
        baseUrl,
        candidate,
        "/api/progress",
        `${CANDIDATE_ATTEMPTS} attempts, ${REVIEWS} reviews`,
      );
      await measure(baseUrl, candidate, "/api/notifications/unread-count", "the badge's fallback");
    } finally {
      await client.end();
    }
  });
}
