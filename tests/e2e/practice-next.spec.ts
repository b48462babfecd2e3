import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { signUpWithApi } from "./fixtures";

test("day one: Practice offers a question to practise next; scores start unset and need a choice for each point", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" }).click();
  const next = page.getByRole("region", { name: "Practise next" });
  await expect(next).toBeVisible();
  // Day one: nothing scored yet, so the first mock-interview area suggests a question not practised yet.
  await expect(next).toContainText("An area you have not scored yet: Machine learning algorithms.");
  await expect(next).toContainText("not practised yet");
  // The review queue is one section of the page, not the whole page.
  await expect(page.getByRole("region", { name: "Due for review today" })).toContainText("Nothing scheduled yet.");
  const title = (await next.getByRole("link").first().textContent())!.trim();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "tests/artifacts/practice-next-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "tests/artifacts/practice-next-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectNoAxeViolations(page);

  await next.getByRole("button", { name: "Start this question" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\//, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const editor = page.getByLabel(/^(Your answer \(Markdown\)|Your code|Situation)$/).first();
  await editor.fill("Start from the data and a baseline, then compare two models on a held-out set.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("button", { name: "Submit answer" }).click();

  const form = page.getByRole("form", { name: "Score your answer" });
  const labels = ["Technical accuracy", "Communication clarity", "Problem-solving approach", "Practical considerations"];
  for (const l of labels) await expect(form.getByRole("slider", { name: l })).toHaveAttribute("aria-valuetext", "Not scored yet");
  await expect(form.getByText("Not scored yet")).toHaveCount(4);
  // Saving before choosing says what is missing, at each point, and saves nothing.
  await form.getByRole("slider", { name: "Technical accuracy" }).fill("6");
  await form.getByRole("button", { name: "Save scores" }).click();
  await expect(form.getByText("Choose a score for each of the four evaluation points, then save.")).toBeVisible();
  await expect(form.getByText("Choose a score from 0 to 10 for communication clarity.")).toBeVisible();
  await expect(form.getByText("Choose a score from 0 to 10 for practical considerations.")).toBeVisible();
  await expect(form.getByText("Choose a score from 0 to 10 for technical accuracy.")).toHaveCount(0);
  await expect(page.getByText(/^Average /)).toHaveCount(0);
  await form.getByRole("slider", { name: "Communication clarity" }).fill("7");
  // A keyboard choice counts too: the first arrow press picks a score.
  await form.getByRole("slider", { name: "Problem-solving approach" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(form.getByRole("slider", { name: "Problem-solving approach" })).toHaveAttribute("aria-valuetext", "6");
  await form.getByRole("slider", { name: "Practical considerations" }).fill("5");
  await form.getByRole("button", { name: "Save scores" }).click();
  await expect(form.getByText("Scores saved.")).toBeVisible();
  await expect(page.getByText("Average 6.0 / 10")).toBeVisible(); // (6 + 7 + 6 + 5) / 4
});

test("a blank practice answer is not scored", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/practice");
  await page.getByRole("region", { name: "Practise next" }).getByRole("button", { name: "Start this question" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\//, { timeout: 30_000 });
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByText("This answer is blank, so there is nothing to score.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Score your answer" })).toHaveCount(0);
});
