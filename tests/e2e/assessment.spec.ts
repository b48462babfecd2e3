import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { signUp } from "./fixtures";

test("a new user records a self-assessment with the rubric's descriptors and sees its band", async ({ page }) => {
  await signUp(page);
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
