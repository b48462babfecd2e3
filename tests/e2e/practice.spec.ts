import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { chooseTheme, fillScores, signInWithApi, signUpWithApi } from "./fixtures";
import { hydrated } from "./hydration";

test("practise a question: type, reload, submit, score, then see it in history and the review queue", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/questions?type=technical&sort=title");
  await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").click();
  await expect(page.getByText("No attempts yet.")).toBeVisible();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await page.getByRole("button", { name: "Practise this question" }).click();

  await expect(page).toHaveURL(/\/practice\/attempts\//);
  await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
  const answer = page.getByLabel("Your answer (Markdown)");
  await answer.fill("Bias is error from wrong assumptions; **variance** is sensitivity to the training set.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("tabpanel", { name: "Preview" }).locator("strong")).toHaveText("variance");
  await page.getByRole("tab", { name: "Write" }).click();
  await page.screenshot({ path: "tests/artifacts/practice-runner.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Type more and reload straight away: the draft and the save on leaving keep it.
  await answer.fill("Bias is error from wrong assumptions; **variance** is sensitivity to the training set. Regularise.");
  await page.reload();
  await expect(page.getByLabel("Your answer (Markdown)")).toHaveValue(/Regularise\.$/);
  await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible(); // the clock resumed after the reload
  // Pause and resume by keyboard: focus stays on the button as it changes its name.
  await page.getByRole("button", { name: "Pause" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Resume" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();
  await expect(page.getByText(/All changes saved/)).toBeVisible();

  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  // The runner is replaced: focus moves to the next step (scoring), never to <body>.
  await expect(page.getByRole("heading", { name: "Score your answer" })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("score-heading");
  await expect(page.getByRole("heading", { name: "Key evaluation points" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your answer", exact: true })).toContainText("Regularise.");

  const form = page.getByRole("form", { name: "Score your answer" });
  await form.getByRole("checkbox").first().check();
  await fillScores(form, [8, 7, 7, 6]);
  await page.getByRole("button", { name: "Save scores" }).click();
  await expect(page.getByText("Average 7.0 / 10")).toBeVisible();
  await expect(page.getByText(/review rating “Good”/)).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/practice-scored.png", fullPage: true });
  await expectNoAxeViolations(page);

  // History on the question page, reopened read-only.
  await page.getByRole("link", { name: "← Back to the question" }).click();
  const history = page.getByRole("region", { name: "Your attempts" });
  await expect(history.getByRole("cell", { name: "7.0 / 10" })).toBeVisible();
  await history.getByRole("link", { name: /Open/ }).click();
  await expect(page.getByText("This attempt is read-only.")).toBeVisible();

  // The review queue and forecast.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  await expect(page.getByRole("heading", { name: "Due for review today" })).toBeVisible();
  await expect(page.getByText(/question is scheduled|questions are scheduled/)).toBeVisible();
  await expect(page.getByText(/1 review due in the next 14 days/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Your most recent attempts" }).getByRole("cell", { name: title, exact: true })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/practice-queue.png", fullPage: true });
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 844 });
  await expect(page.getByRole("table", { name: "Your most recent attempts" })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/practice-history-375.png", fullPage: true });
  // The history scrolls inside its region; its cells' hidden labels must not widen the page.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  if (viewport) await page.setViewportSize(viewport);
  await expectNoAxeViolations(page);
});

test("behavioural questions get STAR fields and coding questions a code editor", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/questions?type=behavioural&source=seed&sort=title");
  await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").click();
  await page.getByRole("button", { name: "Practise this question" }).click();
  for (const f of ["Situation", "Task", "Action", "Result"]) await expect(page.getByLabel(f, { exact: true })).toBeVisible();
  await page.getByLabel("Situation", { exact: true }).fill("Our churn model degraded by 15%.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();

  await page.goto("/questions?type=coding&source=seed&sort=title");
  await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").click();
  await page.getByRole("button", { name: "Practise this question" }).click();
  const code = page.getByRole("textbox", { name: "Your code" });
  await expect(code).toBeVisible();
  await code.click();
  await page.keyboard.type("def fit(X):\n    return X.mean()");
  await expect(page.locator(".cm-content")).toContainText("def fit(X):");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.reload();
  await expect(page.locator(".cm-content")).toContainText("return X.mean()");
  await page.screenshot({ path: "tests/artifacts/practice-code.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("quiz round, journal entry and an interview checklist", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/practice");
  await page.getByRole("navigation", { name: "Practice" }).getByRole("link", { name: "Micro-quiz" }).click();
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  await expectNoAxeViolations(page);
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Question ${i} of 5`)).toBeVisible();
    await page.getByRole("button", { name: "Reveal the answer" }).click();
    await page.getByRole("button", { name: i % 2 ? "Knew it" : "Missed it" }).click();
  }
  await expect(page.getByText("You knew 3 of 5.")).toBeVisible();

  await page.getByRole("link", { name: "Journal" }).click();
  await expect(page.getByText("No entries yet.")).toBeVisible();
  await page.getByLabel("Reflection prompt").selectOption({ label: "Interview experience analysis" });
  await expect(page.getByText(/Reflect on your most recent interview experience/)).toBeVisible();
  await page.getByLabel("Entry (Markdown)").fill("The **drift thresholds** question exposed a gap.");
  await page.getByRole("button", { name: "Add entry" }).click();
  const entry = page.getByRole("article", { name: "Interview experience analysis" });
  await expect(entry.getByText("drift thresholds")).toBeVisible();
  await entry.getByRole("button", { name: /Edit/ }).click();
  await page.getByRole("listitem").getByLabel("Entry (Markdown)").fill("Edited: learn PSI and KS drift tests.");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByText("Edited: learn PSI and KS drift tests.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Interviews" }).click();
  await expect(page.getByText("No interviews yet.")).toBeVisible();
  await page.getByLabel("Company").fill("Acme AI");
  await page.getByLabel("Kind").selectOption("MOCK");
  await page.getByRole("button", { name: "Add interview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme AI" })).toBeVisible();
  await page.getByLabel("Prepare 2-3 detailed project experiences").check();
  await page.getByLabel("Ask clarifying questions about constraints").check();
  await expect(page.getByRole("progressbar", { name: "Checklist progress" })).toHaveAttribute("aria-valuenow", "2");
  await expect(page.getByText("All ticks saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Ask clarifying questions about constraints")).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "← Interviews" }).click();
  await expect(page.getByRole("progressbar", { name: "Checklist for Acme AI" })).toHaveAttribute("aria-valuenow", "2");
  await page.screenshot({ path: "tests/artifacts/practice-interviews.png", fullPage: true });
});

test("the due list: a title opens its question without reloading the page; a start that fails says so in its own row", async ({ page }) => {
  await signInWithApi(page, "demo@preploop.dev", "practice-makes-progress");
  await page.goto("/practice");
  await hydrated(page);
  const due = page.getByRole("list", { name: "Questions due for review" });
  // One row that starts a practice (not a quiz), pinned by its title: its button changes its name.
  const first = due.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Practise" }) }).first();
  const title = (await first.getByRole("link").textContent())!.trim();
  const row = due.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  for (const theme of ["light", "dark"] as const) {
    await chooseTheme(page, theme);
    await page.reload();
    await expect(row).toBeVisible();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `tests/artifacts/practice-due-${width}-${theme}.png`, fullPage: true });
    }
  }
  await expectNoAxeViolations(page);
  await hydrated(page);

  // The start request is held, then the connection drops: the row's button waits ("Starting…",
  // disabled) and then says what went wrong under it, in that row only; the button is usable again.
  let drop!: () => void;
  const dropped = new Promise<void>((resolve) => (drop = resolve));
  await page.route("**/api/practice/attempts", async (route) => {
    await dropped;
    await route.abort("internetdisconnected");
  });
  await row.getByRole("button", { name: "Practise" }).click();
  await expect(row.getByRole("button", { name: "Starting…" })).toBeDisabled();
  drop();
  await expect(row.getByRole("alert")).toHaveText("Could not reach PrepLoop. Check your connection and try again.");
  await expect(due.getByRole("alert")).toHaveCount(1);
  await expect(row.getByRole("button", { name: "Practise" })).toBeEnabled();
  await page.unroute("**/api/practice/attempts");

  // A title is a link that navigates inside the app: the page's window survives the navigation.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await row.getByRole("link").click();
  await expect(page).toHaveURL(/\/questions\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});
