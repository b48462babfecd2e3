import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { signUpWithApi } from "./fixtures";

test("a new user records a self-assessment with the rubric's descriptors and sees its band", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Self-assessment" }).click();
  await expect(page.getByRole("heading", { name: "Self-assessment" })).toBeVisible();
  await expect(page.getByText("None yet.")).toBeVisible();

  const ml = page.getByRole("slider", { name: "Machine learning fundamentals" });
  await ml.fill("9");
  await expect(page.getByText("Expert-level understanding, can explain complex trade-offs")).toBeVisible();
  await page.getByRole("slider", { name: "Deep learning proficiency" }).fill("8");
  await expect(page.getByText("Advanced architectures (Transformers, GANs), optimization techniques")).toBeVisible();
  await page.getByRole("slider", { name: "System design capabilities" }).fill("9");
  await page.getByRole("slider", { name: "Communication & leadership" }).fill("8");
  await expect(page.getByText("Overall 8.50 / 10: Excellent")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText("Assessment saved.")).toBeVisible();
  const history = page.getByRole("region", { name: "Assessment history" });
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history.getByText("8.50")).toBeVisible();
  await expect(history.getByText("Excellent")).toBeVisible();
});

test("a new user corrects an assessment, sees notes and the chart, and deletes one after confirming", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/assessment");
  const form = page.getByRole("region", { name: "Self-assessment" });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const older = daysAgo(30);
  const newer = daysAgo(3);

  const score = async (scope: typeof form, ml: string) => {
    await scope.getByRole("slider", { name: "Machine learning fundamentals" }).fill(ml);
    for (const name of ["Deep learning proficiency", "System design capabilities", "Communication & leadership"]) {
      await scope.getByRole("slider", { name }).fill("5");
    }
  };

  // Two assessments: an older one without a note, a newer one with a note.
  await score(form, "5");
  await form.getByLabel("Date").fill(older);
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText("Assessment saved.")).toBeVisible();
  const history = page.getByRole("region", { name: "Assessment history" });
  await expect(history.getByText(older)).toBeVisible();
  await score(form, "9");
  await form.getByLabel("Date").fill(newer);
  await form.getByLabel("Note (optional)").fill("Felt strong on ML after the course.");
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(history.getByText(newer)).toBeVisible();
  await expect(history.getByText("Felt strong on ML after the course.")).toBeVisible();

  // The chart of the history is drawn (recharts loads on demand).
  const chart = page.getByRole("figure", { name: "Scores over time (0-10)" });
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
  await expect(chart.locator(".recharts-line")).toHaveCount(5);
  await expect(chart.getByText("Overall")).toBeVisible();

  // Edit the newer one: the form opens filled in, focus on its heading; saving returns focus to Edit.
  await page.getByRole("button", { name: `Edit the assessment of ${newer}` }).click();
  const edit = page.getByRole("region", { name: `Edit the assessment of ${newer}` });
  await expect(edit.getByRole("heading", { name: `Edit the assessment of ${newer}` })).toBeFocused();
  await expect(edit.getByRole("slider", { name: "Machine learning fundamentals" })).toHaveValue("9");
  await expect(edit.getByLabel("Note (optional)")).toHaveValue("Felt strong on ML after the course.");
  await edit.getByRole("slider", { name: "Machine learning fundamentals" }).fill("7");
  await edit.getByLabel("Note (optional)").fill("Corrected: ML is a 7, not a 9.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Assessment updated.")).toBeVisible();
  await expect(edit).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Edit the assessment of ${newer}` })).toBeFocused();
  await expect(history.getByText("Corrected: ML is a 7, not a 9.")).toBeVisible();
  await expect(history.getByText("Felt strong on ML after the course.")).toHaveCount(0);
  // (7+5+5+5)/4 = 5.50
  await expect(history.getByText("5.50")).toBeVisible();

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
    await page.screenshot({ path: `tests/artifacts/assessment-history-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);

  // Delete the older one: a confirmation first; "Keep" gives focus back and deletes nothing.
  const del = page.getByRole("button", { name: `Delete the assessment of ${older}` });
  await del.click();
  const confirm = page.getByRole("group", { name: `Confirm deleting the assessment of ${older}` });
  await expect(confirm.getByRole("button", { name: "Delete" })).toBeFocused();
  await confirm.getByRole("button", { name: "Keep" }).click();
  await expect(del).toBeFocused();
  await expect(history.getByText(older)).toBeVisible();
  await del.click();
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Assessment deleted.")).toBeVisible();
  await expect(history.getByText(older)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your assessments" })).toBeFocused();
  await expect(history.getByText(newer)).toBeVisible();

  // After a reload, the correction and the deletion are the server's.
  await page.reload();
  await expect(history.getByText("Corrected: ML is a 7, not a 9.")).toBeVisible();
  await expect(history.getByText(older)).toHaveCount(0);
});
