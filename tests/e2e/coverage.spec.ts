import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { signUp } from "./fixtures";

// Issue 16's "Done when": a partial answer, submitted, shows the coverage panel at once with
// the right ticks and the missing points; the suggested score can be accepted into the self-score.
test("a partial answer shows covered, partly covered and missing key points, and the suggested score can be accepted", async ({
  page,
}) => {
  await signUp(page);
  await page.goto("/questions?type=technical&sort=title");
  const first = page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link");
  await expect(first).toHaveText(/target leakage/);
  await first.click();
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\//);

  // Covers the quick diagnostics and split leakage; says nothing of availability time,
  // point-in-time joins or prevention.
  await page
    .getByLabel("Your answer (Markdown)")
    .fill(
      "I would treat the jump as a suspected bug and run quick diagnostics: single-feature AUCs and dropping the top feature. I would also look for split leakage, where the same customer sits in both train and test, or duplicates were copied across.",
    );
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("button", { name: "Submit answer" }).click();

  const panel = page.getByRole("region", { name: "Key-point coverage" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Your answer covers 2 of 6 key points (5 must-have, 1 bonus), partly covers 1 and misses 3.");
  const points = panel.getByRole("list", { name: "Key points" }).getByRole("listitem");
  await expect(points).toHaveCount(6);
  const expected = [
    ["Covered", "Treats the jump as a suspected bug"],
    ["Missing", "Audits every feature's availability time"],
    ["Missing", "Requires point-in-time (as-of) joins"],
    ["Covered", "Checks split leakage"],
    ["Partly covered", "Checks preprocessing leakage"],
    ["Missing", "Bonus Proposes prevention"],
  ] as const;
  for (const [i, [status, text]] of expected.entries()) {
    await expect(points.nth(i)).toContainText(`${status}: ${i + 1}. ${text}`);
  }
  // Evidence: the sentence that covers split leakage is quoted under its key point.
  await expect(points.nth(3).locator("blockquote")).toContainText("I would also look for split leakage");
  // What is missing is said in words.
  await expect(points.nth(1)).toContainText(/Not found: .*availability/);
  await expect(panel).toContainText("Too short");
  // Weighed: must-haves 8 × 2.5/5 = 4, the bonus point missed → 4.
  await expect(panel.getByTestId("suggested-score")).toContainText("4 / 10");
  await expect(panel.getByTestId("suggested-score")).toContainText("must-have points weigh 8 of the 10, bonus points 2");

  // The model answer's key evaluation points list the bonus point too, labelled and numbered after the must-haves.
  await expect(page.getByRole("list", { name: "Must-have key points" }).getByRole("listitem")).toHaveCount(5);
  const bonus = page.getByRole("list", { name: "Bonus key points" }).getByRole("listitem");
  await expect(bonus).toHaveCount(1);
  await expect(bonus.first()).toContainText("6. Bonus Proposes prevention");

  // The answer with its evidence marked, numbered by key point.
  await panel.getByText("Your answer with the evidence marked").click();
  await expect(panel.locator("mark").first()).toContainText("I would treat the jump as a suspected bug");

  await page.setViewportSize({ width: 1280, height: 900 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/artifacts/coverage-panel-1280.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Accept the suggestion: it fills the self-score, which stays the candidate's to change.
  const form = page.getByRole("form", { name: "Score your answer" });
  // The score form ticks the bonus point too, after the five must-haves.
  await expect(form.getByRole("checkbox")).toHaveCount(6);
  await expect(form.getByRole("checkbox", { name: /^6\. Bonus Proposes prevention/ })).not.toBeChecked();
  await expect(form).toContainText("Suggested from key-point coverage: 4.");
  await form.getByRole("button", { name: "Use the suggested 4 for practical considerations" }).click();
  await expect(form.getByLabel("Practical considerations")).toHaveValue("4");
  await expect(form.getByRole("button", { name: /Use the suggested/ })).toHaveCount(0);
  await form.getByLabel("Practical considerations").fill("6");
  await expect(
    form.getByRole("button", { name: "Use the suggested 4 for practical considerations" }),
  ).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/artifacts/coverage-panel-375.png", fullPage: true });
});
