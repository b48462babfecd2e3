// The dashboard's per-user cache across TWO app instances (issue 20): the user's dashboard is
// cached on the second instance (PREPLOOP_BASE_URL_2), an answer is submitted and scored on the
// first, and the second shows it on its next view — the cache keys on version numbers the
// database raises in the same transaction as the write (lib/progress/cache.ts), so no message
// between instances is needed. A repeated view with no write keeps the same figures.
import { expect, test } from "@playwright/test";
import { PASSWORD, signInWithApi, signUpWithApi } from "./fixtures";

const SECOND = process.env.PREPLOOP_BASE_URL_2;

type Progress = { focusAreas: { total: number }; readiness: { latest: { score: number } | null } };

test("an answer scored on one instance shows at once on the other instance's cached dashboard", async ({ browser }) => {
  expect(SECOND, "the second app instance (PREPLOOP_BASE_URL_2)").toBeTruthy();
  const one = await (await browser.newContext()).newPage();
  const two = await (await browser.newContext({ baseURL: SECOND })).newPage();
  const user = await signUpWithApi(one, { name: "Dana Cache" });
  await signInWithApi(two, user.email, PASSWORD);

  const progressOn = async (page: typeof one) => {
    const res = await page.request.get("/api/progress");
    expect(res.status()).toBe(200);
    return (await res.json()) as Progress;
  };
  // Viewed twice on the second instance: cached, nothing yet.
  await two.goto("/dashboard");
  await expect(two.getByText("No answers yet.")).toBeVisible();
  expect((await progressOn(two)).focusAreas.total).toBe(0);
  expect((await progressOn(two)).focusAreas.total).toBe(0);

  // Practise on the first instance: start, submit, score.
  const questions = await one.request.get("/api/questions?type=technical&source=seed&limit=1&sort=title");
  const questionId = ((await questions.json()) as { items: { id: string }[] }).items[0]!.id;
  const started = await one.request.post("/api/practice/attempts", { data: { questionId } });
  expect(started.status()).toBe(201);
  const { attempt } = (await started.json()) as { attempt: { id: string; version: number } };
  const submitted = await one.request.post(`/api/practice/attempts/${attempt.id}/submit`, { data: { answer: { text: "An answer." }, version: attempt.version } });
  expect(submitted.status()).toBe(200);
  const scored = await one.request.put(`/api/practice/attempts/${attempt.id}/score`, {
    data: { scores: { technicalAccuracy: 8, communicationClarity: 8, problemSolving: 8, practicalConsiderations: 8 }, keyPointsCovered: [] },
  });
  expect(scored.status()).toBe(200);

  // The second instance's next view has it, in the API and on the page.
  const after = await progressOn(two);
  expect(after.focusAreas.total).toBe(1);
  expect(after.readiness.latest?.score).toBe(8);
  await two.goto("/dashboard");
  await expect(two.getByText("1 submitted answer in all.", { exact: false })).toBeVisible();
  expect((await progressOn(one)).focusAreas.total).toBe(1);
});
