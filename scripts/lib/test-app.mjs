// Prepares what integration and end-to-end tests share: a fresh test database
// (migrated and seeded), one production build, and one running app server.
import { ensureBuild } from "./build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "./database.mjs";
import { TEST_DATABASE } from "./defaults.mjs";
import { freePort, startAppServer } from "./app-server.mjs";
import { AI_TEST_KEY, AI_TEST_MODEL, STT_TEST_MODEL, startAiTestServer } from "../../tests/support/ai-server.mjs";

export const TEST_SECRET = "preploop-test-secret-not-for-production-0123456789";

export async function withTestApp(fn) {
  const db = await resolveDatabase({ database: TEST_DATABASE, urlVar: "TEST_DATABASE_URL", recreate: true });
  let server;
  let second;
  let ai;
  try {
    // The build needs no database: it runs beside migrations and seed (as in npm start); both
    // settle before going on (a failed build must not leave a seed writing to a stopped database).
    const building = ensureBuild();
    const database = (async () => {
      await migrateDeploy(db.url);
      await seed(db.url);
    })();
    const prepared = await Promise.allSettled([database, building]);
    const prepareFailed = prepared.find((r) => r.status === "rejected");
    if (prepareFailed) throw prepareFailed.reason;
    const port = await freePort();
    // AI reviews and transcriptions go to a local OpenAI-compatible test server (tests/support/ai-server.mjs);
    // tests reach its control endpoints through PREPLOOP_AI_TEST_URL.
    ai = await startAiTestServer();
    // Mock interviews may ask for a faster clock in tests (a per-mock timeScale up to this).
    // Every test signs up from 127.0.0.1: lift the per-address sign-up limit (its own test
    // starts a server with the default).
    const env = {
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: TEST_SECRET,
      PREPLOOP_MOCK_TIME_SCALE: "600",
      PREPLOOP_SIGNUP_LIMIT: "1000000",
      PREPLOOP_AI_BASE_URL: ai.baseUrl,
      PREPLOOP_AI_API_KEY: AI_TEST_KEY,
      PREPLOOP_AI_MODEL: AI_TEST_MODEL,
      PREPLOOP_AI_TIMEOUT_MS: "6000",
      PREPLOOP_AI_DAILY_LIMIT: "50",
      // Transcripts of spoken answers: the same test server's /v1/audio/transcriptions answers
      // what a test registered for the upload's SHA-256 (POST /control/transcripts).
      PREPLOOP_STT_BASE_URL: ai.baseUrl,
      PREPLOOP_STT_API_KEY: AI_TEST_KEY,
      PREPLOOP_STT_MODEL: STT_TEST_MODEL,
      PREPLOOP_STT_TIMEOUT_MS: "6000",
    };
    // A second instance of the same build against the same database (PREPLOOP_BASE_URL_2): live
    // mock tests put the candidate and the interviewer on different instances (issue 19).
    const port2 = await freePort();
    const started = await Promise.allSettled([startAppServer({ port, env }), startAppServer({ port: port2, env })]);
    [server, second] = started.map((r) => (r.status === "fulfilled" ? r.value : undefined));
    const failed = started.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    console.log(`[test] app on ${server.baseUrl} and ${second.baseUrl}, database ${db.embedded ? "embedded" : "TEST_DATABASE_URL"}`);
    return await fn({
      baseUrl: server.baseUrl,
      env: { ...env, PREPLOOP_BASE_URL: server.baseUrl, PREPLOOP_BASE_URL_2: second.baseUrl, PREPLOOP_AI_TEST_URL: ai.url },
    });
  } finally {
    await server?.stop();
    await second?.stop();
    await ai?.stop();
    await db.stop();
  }
}
