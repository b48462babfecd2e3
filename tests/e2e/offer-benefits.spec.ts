import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { validOffer } from "../support/offers";
import { signUpWithApi } from "./fixtures";

test("a new user ticks an offer's benefits and sees them in the comparison", async ({ page }) => {
  await signUpWithApi(page, { name: "Benefit Seeker" });
  // A first offer without benefits, as saved before the checklist existed.
  const first = await page.request.post("/api/offers", { data: validOffer({ company: "Plain Co" }) });
  expect(first.status()).toBe(201);

  await page.goto("/offers/new");
  await expect(page.getByRole("heading", { name: "Add an offer" })).toBeVisible();
  await page.getByLabel("Company").fill("Perks AI");
  await page.getByLabel("Role", { exact: true }).fill("Senior ML Engineer");
  await page.getByLabel("Currency").selectOption("USD");
  await page.getByLabel("Base salary (per year)").fill("190,000");
  await page.getByLabel("Retirement match (% of base)").fill("5");
  await page.getByRole("checkbox", { name: /^Health insurance/ }).check();
  await page.getByLabel("Health insurance: note").fill("family cover");
  await page.getByRole("checkbox", { name: /^Retirement matching/ }).check();
  await page.getByRole("checkbox", { name: /^Learning budget/ }).check();
  await page.getByLabel("Learning budget per year (USD)").fill("3,000");
  await page.getByRole("checkbox", { name: /^Conference travel/ }).check();
  await page.getByLabel("Conference travel per year (USD)").fill("lots");
  await page.getByRole("button", { name: "Add offer" }).click();
  await expect(page.getByText("Enter an amount like 185,000 or 185000.50.")).toBeVisible();
  await page.getByLabel("Conference travel per year (USD)").fill("2,500");
  await page.getByRole("button", { name: "Add offer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Perks AI — Senior ML Engineer" })).toBeVisible();

  const benefits = page.getByRole("region", { name: "Benefits", exact: true });
  await expect(benefits.getByText("4 of the guide's 5 benefits included.")).toBeVisible();
  await expect(benefits.getByText("Yes — 5% match")).toBeVisible();
  await expect(benefits.getByText("Yes — $3,000/year")).toBeVisible();
  await expect(benefits.getByText("Yes (family cover)")).toBeVisible();

  // The edit form shows what was saved.
  await page.getByRole("link", { name: "Edit" }).first().click();
  await expect(page.getByRole("checkbox", { name: /^Learning budget/ })).toBeChecked();
  await expect(page.getByLabel("Learning budget per year (USD)")).toHaveValue("3000");
  await expect(page.getByRole("checkbox", { name: /^Stock options\/ESPP/ })).not.toBeChecked();

  await page.goto("/offers/compare");
  const table = page.getByRole("region", { name: "Benefits", exact: true }).getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Perks AI — Senior ML Engineer" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Learning budget/ })).toContainText("Yes — $3,000/year");
  await expect(table.getByRole("row", { name: /^Learning budget/ })).toContainText("No");
  await expect(table.getByRole("row", { name: /^Conference travel/ })).toContainText("Yes — $2,500/year");
  await expect(table.getByRole("row", { name: /^Included/ })).toContainText("4 of 5");
  await expect(table.getByRole("row", { name: /^Included/ })).toContainText("0 of 5");
  await expectNoAxeViolations(page);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/artifacts/offers-compare-benefits-${width}.png`, fullPage: true });
  }
});
