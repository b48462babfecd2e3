import { expect, test } from "@playwright/test";
import { fillScores, signUp } from "./fixtures";

// The test run points the app at tests/support/ai-server.mjs; its control endpoints are here.
const AI_URL = process.env.PREPLOOP_AI_TEST_URL!;

test("opt in, answer, watch an AI review stream in, then see it in calibration and on the dashboard", async ({ page }) => {
  await signUp(page);

  // Off by default, with a plain statement of where answers go.
  await page.goto("/profile");
  const section = page.getByRole("region", { name: "AI reviews", exact: true });
  await expect(section.getByText("AI reviews are off for you.")).toBeVisible();
  await expect(section).toContainText("is sent to the AI endpoint this installation uses");
  // The switch is saved first, then shown on (a controlled checkbox): click, then wait for the saved state.
  await section.getByLabel("Send my answers for AI review when I ask for one").click();
  await expect(section.getByText("AI reviews are on for you.")).toBeVisible();

  await page.goto("/questions?type=technical&sort=title");
  await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").click();
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\//);
  // "[ai-test:gated]": the test endpoint sends half of the review, then waits for a release.
  await page.getByLabel("Your answer (Markdown)").fill("Fraud is rare, so accuracy misleads. I would tune the threshold on a precision-recall curve. [ai-test:gated]");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("button", { name: "Submit answer" }).click();

  const panel = page.getByRole("region", { name: "AI review", exact: true });
  await panel.getByRole("button", { name: "Get an AI review" }).click();
  const arriving = page.getByTestId("ai-review-streaming");
  await expect(arriving.getByText("Generating the AI review…")).toBeVisible();
  // Half the review is on the page while the rest is still being generated.
  await expect(arriving.getByTestId("ai-score-technicalAccuracy")).toContainText("7 / 10");
  await expect(page.getByTestId("ai-review")).toHaveCount(0);
  expect((await fetch(`${AI_URL}/control/release`, { method: "POST" })).ok).toBe(true);

  const review = page.getByTestId("ai-review");
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(arriving).toHaveCount(0);
  await expect(review).toContainText("mean 6.50 / 10");
  await expect(review).toContainText("Developing");
  await expect(review.getByTestId("ai-score-practicalConsiderations")).toContainText("5 / 10");
  await expect(review).toContainText("Add how you would monitor the model once it is live.");
  await expect(review).toContainText("preploop-test-model · prompt ai-review-2026-12-06.1 · 1234 + 321 tokens");

  // Scored after the AI review: the schedule takes the stricter rating (AI sum 26: Hard).
  const form = page.getByRole("form", { name: "Score your answer" });
  await fillScores(form, [9, 9, 9, 9]);
  await page.getByRole("button", { name: "Save scores" }).click();
  await expect(page.getByText(/review rating “Hard”/)).toBeVisible();

  await page.goto("/mentors/calibration");
  const voices = page.getByRole("region", { name: "Three voices: you, your mentors and the AI" });
  const byPoint = voices.getByRole("region", { name: "You, mentors and AI by evaluation point" });
  // Practical considerations: you 9, AI 5 → +4, flagged.
  const row = byPoint.getByRole("row", { name: /Practical considerations/ });
  await expect(row.getByRole("cell").nth(3)).toHaveText("5");
  await expect(row).toContainText("+4");
  await expect(row).toContainText("gap ≥ 2");

  await page.goto("/dashboard");
  await page.getByText("Domain scores by week as a table").click();
  const table = page.getByRole("table", { name: /Weekly domain scores/ });
  await expect(table.getByRole("columnheader", { name: "AI reviews", exact: true })).toBeVisible();
  await expect(table).toContainText("6.5");
});
