import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { showCharts } from "./charts";
import { signUpWithApi } from "./fixtures";

/** Seconds shown by a "m:ss" or "h:mm:ss" timer. */
/** Both clocks read in one go, so a slow machine cannot let a second pass between the two reads. */
async function blockAndSession(page: Page) {
  const texts = await page.evaluate(() =>
    ["Block clock", "Session clock"].map((name) => document.querySelector(`[role="timer"][aria-label="${name}"]`)?.textContent?.trim() ?? ""),
  );
  const [block, session] = texts.map((text) => text.split(":").reduce((a, part) => a * 60 + Number(part), 0));
  return { block: block!, session: session! };
}

async function score(page: Page, question: number, points: [number, number, number, number]) {
  const form = page.getByRole("form", { name: `Score question ${question}`, exact: true });
  const labels = ["Technical accuracy", "Communication clarity", "Problem-solving approach", "Practical considerations"];
  for (let i = 0; i < 4; i++) await form.getByLabel(labels[i]!).fill(String(points[i]));
  await form.getByRole("button", { name: "Save scores" }).click();
  await expect(form.getByText("Scores saved.")).toBeVisible();
}

test("the full mock: answer two questions, reload, skip a break, finish early, score and read the report", async ({ page }) => {
  // The longest journey in the suite: give it three times the default timeout so it passes on a loaded machine.
  test.slow();
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mock interview" }).click();
  await expect(page.getByRole("heading", { name: "Mock interview", level: 1 })).toBeVisible();
  await expect(page.getByText(/None yet\. Start with a short round/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("radio", { name: /Complete AI engineer interview simulation/ }).check();
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  await expect(page).toHaveURL(/\/mocks\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Questions 1-5: Machine learning algorithms" })).toBeVisible();
  for (const clock of ["Session clock", "Block clock", "Question clock"]) await expect(page.getByRole("timer", { name: clock })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Progress through the mock" })).toHaveAttribute("aria-valuetext", /session 1 of 4/);

  await page.getByLabel("Your answer (Markdown)").fill("Question one: a random forest averages decorrelated trees.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("button", { name: "Question 2", exact: true }).click();
  await expect(page.getByRole("button", { name: "Question 2", exact: true })).toHaveAttribute("aria-current", "step");
  // The pressed button is now the current one (disabled): focus moves to the new question's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("q-1-title");
  await page.getByLabel("Your answer (Markdown)").fill("Question two: L1 gives sparse weights, L2 shrinks them.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/mocks-runner.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Reload: same question, same answers, the same clocks (time away while reloading is not counted).
  const reloadStarted = Date.now();
  const { block: blockBefore, session: sessionBefore } = await blockAndSession(page);
  await page.reload();
  await expect(page.getByRole("button", { name: "Question 2", exact: true })).toHaveAttribute("aria-current", "step");
  await expect(page.getByLabel("Your answer (Markdown)")).toHaveValue("Question two: L1 gives sparse weights, L2 shrinks them.");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  const { block: blockAfter, session: sessionAfter } = await blockAndSession(page);
  expect(blockAfter).toBeLessThanOrEqual(blockBefore);
  // The clock kept running through the reload: it lost at most the wall time the reload took (however slow the machine), never restarted.
  const reloadSeconds = Math.ceil((Date.now() - reloadStarted) / 1000);
  expect(blockAfter).toBeGreaterThanOrEqual(blockBefore - reloadSeconds - 1);
  // The session clock moved by the same amount as the block clock (their displays may straddle a tick).
  expect(Math.abs(sessionBefore - sessionAfter - (blockBefore - blockAfter))).toBeLessThanOrEqual(1);
  await page.getByRole("button", { name: "Question 1", exact: true }).click();
  await expect(page.getByLabel("Your answer (Markdown)")).toHaveValue("Question one: a random forest averages decorrelated trees.");

  // Pause and resume; focus stays on the button, which changes its name (never drops to <body>).
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByText(/The clock is paused/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();

  // End the three blocks of session 1 early, then skip the break.
  await page.getByRole("button", { name: "End this block early" }).click();
  await expect(page.getByRole("heading", { name: "Questions 6-10: Deep learning concepts" })).toBeVisible();
  await page.getByRole("button", { name: "End this block early" }).click();
  await expect(page.getByRole("heading", { name: "Questions 11-15: Data preprocessing & feature engineering" })).toBeVisible();
  await page.getByRole("button", { name: "End this block early" }).click();
  await expect(page.getByRole("heading", { name: "Take a break" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Take a break" })).toBeFocused();
  await expect(page.getByRole("timer", { name: "Break clock" })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/mocks-break.png", fullPage: true });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Skip the break" }).click();
  await expect(page.getByRole("heading", { name: "Question 16: Large-scale ML system design" })).toBeVisible();
  // "Skip the break" is gone: focus is on the first question of the next block, not on <body>.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
  await expect(page.getByRole("progressbar", { name: "Progress through the mock" })).toHaveAttribute("aria-valuetext", /session 2 of 4/);

  // Finish early and score two answers: (9+9+8+8)/4 = 8.5 and 7 → overall 7.75, Good.
  // The confirmation takes focus when it opens and gives it back when kept going.
  await page.getByRole("button", { name: "Finish early" }).click();
  await expect(page.getByRole("button", { name: "Yes, finish now" })).toBeFocused();
  await page.getByRole("button", { name: "Keep going" }).click();
  await expect(page.getByRole("button", { name: "Finish early" })).toBeFocused();
  await page.getByRole("button", { name: "Finish early" }).click();
  await page.getByRole("button", { name: "Yes, finish now" }).click();
  await expect(page).toHaveURL(/\/mocks\/[^/]+\/report$/);
  await expect(page.getByRole("heading", { name: "Mock interview report" })).toBeVisible();
  await expect(page.getByText(/Score your answers below/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Time per block" }).getByRole("row")).toHaveCount(13);
  const first = page.locator('section[aria-labelledby="answer-0"]');
  // The answer (first), then the coverage panel quoting it as evidence.
  await expect(first.getByText("Question one: a random forest averages decorrelated trees.").first()).toBeVisible();
  await score(page, 1, [9, 9, 8, 8]);
  await score(page, 2, [7, 7, 7, 7]);
  const overall = page.getByRole("region", { name: "Overall" });
  await expect(overall).toContainText("7.75");
  await expect(overall).toContainText("Good");
  await expect(overall).toContainText("Suitable for mid-level positions");
  // The 14 questions left blank are neither scored nor counted: no "score the rest" for them.
  await expect(overall).toContainText("14 of 16 questions left blank: not scored and not counted as answered.");
  await expect(overall).not.toContainText("answers scored so far");
  const blank = page.locator('section[aria-labelledby="answer-2"]');
  await expect(blank.getByText("This answer is blank, so there is nothing to score.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Score question 3", exact: true })).toHaveCount(0);
  const refused = await page.request.put(`${new URL(page.url()).pathname.replace(/^\/mocks/, "/api/mocks").replace(/\/report$/, "")}/answers/2/score`, {
    data: { scores: { technicalAccuracy: 5, communicationClarity: 5, problemSolving: 5, practicalConsiderations: 5 }, keyPointsCovered: [] },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("answer_blank");
  // Charts beside the tables: domain averages against the bands, and time used per block
  // (each loads when scrolled near: components/charts/lazy-chart.tsx).
  await showCharts(page);
  await expect(page.getByRole("region", { name: "By domain" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "By domain" }).getByText(/Dashed lines: the guide's bands from Developing 5.5, Good 7, Excellent 8.5/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Time used against time allocated" }).locator(".recharts-bar-rectangle").first(),
  ).toBeVisible();

  // Mark a question as challenging; it joins the report's list.
  await page.locator('section[aria-labelledby="answer-1"]').getByRole("button", { name: /Challenged me/ }).click();
  await expect(page.getByRole("region", { name: "Questions that challenged me" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("checkbox", { name: "Rate my performance using this rubric" }).check();
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.screenshot({ path: "tests/artifacts/mocks-report.png", fullPage: true });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/artifacts/mocks-report-answer.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "tests/artifacts/mocks-report-phone.png" });
  // At 375 px the report's tables scroll inside their own regions: the page itself never scrolls sideways.
  await page.setViewportSize({ width: 375, height: 844 });
  await expect(page.getByRole("region", { name: "Time per block" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: "tests/artifacts/mocks-report-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectNoAxeViolations(page);

  // Past mocks are listed with their band.
  await page.getByRole("link", { name: "← All mock interviews" }).click();
  const row = page.getByRole("region", { name: "Your mock interviews" }).getByRole("row", { name: /Complete AI engineer interview simulation/ });
  await expect(row).toContainText("7.75 / 10");
  await expect(row).toContainText("Good");
});

test("a short preset runs from start to report on a faster clock", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/dashboard");
  // The test server allows a faster clock (PREPLOOP_MOCK_TIME_SCALE): 30× makes the 10- and
  // 20-minute blocks last 20 and 40 seconds.
  const res = await page.request.post("/api/mocks", { data: { templateId: "behavioural-30", timeScale: 30 } });
  expect(res.status()).toBe(201);
  const { mock } = (await res.json()) as { mock: { id: string } };
  await page.goto(`/mocks/${mock.id}`);
  await expect(page.getByRole("heading", { name: "Behavioural scenarios" })).toBeVisible();
  await page.getByLabel("Situation").fill("Our churn model drifted during a launch.");
  await page.getByLabel("Result").fill("Recovered accuracy within a day.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();

  // When the block's time is up the runner moves on by itself, then finishes after the last block.
  await expect(page.getByRole("heading", { name: "Business case studies" })).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/report$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Mock interview report" })).toBeVisible();
  await expect(page.getByText("Our churn model drifted during a launch.").first()).toBeVisible();
  await score(page, 1, [9, 9, 9, 8]); // 35 / 4 = 8.75: Excellent
  const overall = page.getByRole("region", { name: "Overall" });
  await expect(overall).toContainText("8.75");
  await expect(overall).toContainText("Excellent");
  await expectNoAxeViolations(page);

  // The career portfolio shows the result.
  await page.goto("/plan/portfolio");
  const section = page.getByRole("region", { name: "Mock interview results" });
  await expect(section).toContainText("Behavioural & case study round (30 min)");
  await expect(section).toContainText("8.75 / 10");
  await page.screenshot({ path: "tests/artifacts/mocks-portfolio.png", fullPage: true });
});
