import { type Page, expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "./a11y";
import { signUpWithApi } from "./fixtures";

async function addOffer(page: Page, o: { company: string; role: string; base: string; bonus: string; signing: string; grant: string; preset: string }) {
  await page.goto("/offers");
  await page.getByRole("link", { name: /Add (an|your first) offer/ }).first().click();
  await expect(page.getByRole("heading", { name: "Add an offer" })).toBeVisible();
  await page.getByLabel("Company").fill(o.company);
  await page.getByLabel("Role", { exact: true }).fill(o.role);
  await page.getByLabel("Level").selectOption({ label: "Senior" });
  await page.getByLabel("Market region").selectOption({ label: "United States" });
  await page.getByLabel("Currency").selectOption("USD");
  await page.getByLabel("Base salary (per year)").fill(o.base);
  await page.getByLabel("Target bonus (% of base)").fill(o.bonus);
  await page.getByLabel("Signing bonus", { exact: true }).fill(o.signing);
  await page.getByLabel("Signing bonus paid in month").fill("6");
  await page.getByLabel("Equity type").selectOption({ label: "RSUs by grant value" });
  await page.getByLabel("RSU grant value (total)").fill(o.grant);
  await page.getByLabel("Vesting schedule").selectOption({ label: o.preset });
  await page.getByLabel("Benefits value (per year)").fill("10,000");
  await page.getByLabel("Retirement match (% of base)").fill("4");
  await page.getByRole("button", { name: "Add offer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${o.company} — ${o.role}` })).toBeVisible();
}

test("a new user compares two offers end to end", async ({ page }) => {
  await signUpWithApi(page, { name: "Offer Tester" });
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Offers" }).click();
  await expect(page.getByRole("heading", { name: "No offers yet" })).toBeVisible();

  // A bad custom vesting is refused with a clear message before anything is saved.
  await page.getByRole("link", { name: "Add your first offer" }).click();
  await page.getByLabel("Company").fill("Broken Co");
  await page.getByLabel("Role", { exact: true }).fill("MLE");
  await page.getByLabel("Base salary (per year)").fill("150,000");
  await page.getByLabel("Vesting schedule").selectOption({ label: "Custom yearly percentages" });
  await page.getByLabel("Year 4 %").fill("10");
  await page.getByRole("button", { name: "Add offer" }).click();
  await expect(page.getByText("Custom vesting must total 100%; these total 85%.")).toBeVisible();

  await addOffer(page, { company: "Acme AI", role: "Senior ML Engineer", base: "200,000", bonus: "15", signing: "50,000", grant: "400,000", preset: "4 years, 1-year cliff, then monthly" });
  // Year 1 = 200,000 + 30,000 + 100,000 + 50,000 + 18,000; then 348,000 a year.
  const table = page.getByRole("table", { name: /Acme AI: total compensation/ });
  const totalRow = table.getByRole("row", { name: /Total compensation/ });
  await expect(totalRow).toContainText("$398,000");
  await expect(totalRow).toContainText("$348,000");
  await expect(totalRow).toContainText("$1,442,000");
  await expect(page.locator("p", { hasText: "Annualised over 4 years" })).toContainText("$360,500");
  await expect(page.getByRole("group", { name: /Stacked chart of Acme AI/ }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByText(/Above the band/)).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/offers-detail.png", fullPage: true });

  // Tick beyond-base negotiables; they stay ticked after a reload.
  await page.getByRole("checkbox", { name: "Acceleration clauses: Double-trigger for senior roles" }).check();
  await page.getByRole("checkbox", { name: "Professional development budget ($2K-$10K annually)" }).check();
  await expect(page.getByText("2 of 22 discussed.")).toBeVisible();
  await expect(page.getByText("All ticks saved.")).toBeVisible();
  await page.getByLabel("What is their total compensation philosophy?").fill("Top quartile cash, refreshers yearly.");
  await page.getByRole("button", { name: "Save answer" }).nth(3).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Acceleration clauses: Double-trigger for senior roles" })).toBeChecked();
  await expect(page.getByLabel("What is their total compensation philosophy?")).toHaveValue("Top quartile cash, refreshers yearly.");
  await expectNoAxeViolations(page);

  await addOffer(page, { company: "Beta Labs", role: "Staff Engineer", base: "180,000", bonus: "10", signing: "0", grant: "600,000", preset: "Back-loaded: 5/15/40/40" });
  // Year 1 = 180,000 + 18,000 + 30,000 + 0 + 17,200 = 245,200
  await expect(page.getByRole("table", { name: /Beta Labs/ }).getByRole("row", { name: /Total compensation/ })).toContainText("$245,200");

  await page.goto("/offers");
  await expect(page.getByRole("table").filter({ hasText: "Annualised" }).getByRole("row", { name: /Acme AI/ })).toContainText("$1,442,000");
  await expectNoAxeViolations(page);

  // The matrix: an invalid total is refused with a clear message.
  await page.getByRole("navigation", { name: "Offers" }).getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { name: "Criteria and weights" })).toBeVisible();
  await page.getByLabel("Weight for Total compensation").fill("40");
  await expect(page.getByText("Weights total 110 of 100.")).toBeVisible();
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Weights must" })).toHaveText("Weights must total 100; they total 110.");
  await page.getByLabel("Weight for Role responsibilities").fill("15");
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByText("Weights saved. The ranking below is updated.")).toBeVisible();

  // Score both offers; compensation stays derived from the 4-year totals.
  const scores: Record<string, number[]> = { "Acme AI — Senior ML Engineer": [6, 7, 8, 5], "Beta Labs — Staff Engineer": [9, 9, 7, 8] };
  for (const [offer, s] of Object.entries(scores)) {
    const names = ["Role responsibilities", "Growth opportunities", "Company culture", "Location and remote flexibility"];
    for (const [i, name] of names.entries()) {
      await page.getByLabel(`${name} score for ${offer}`).selectOption(String(s[i]));
      await expect(page.getByLabel(`${name} score for ${offer}`)).toHaveValue(String(s[i]));
    }
  }
  // 4-year totals: Beta 4 × (180,000 + 18,000 + 17,200) + 600,000 = 1,460,800 → 10;
  // Acme 1,442,000 → 10 × 1,442,000 / 1,460,800 = 9.871 → 9.87.
  // Beta: 40·10 + 15·9 + 20·9 + 15·7 + 10·8 = 900 → 9.00
  // Acme: 40·9.87 + 15·6 + 20·7 + 15·8 + 10·5 = 394.8 + 400 = 794.8 → 7.95
  // Only culture favours Acme (8 vs 7): O = 85, g_A = 85·800 - 67,480 = 520, g_B = 85·700 - 79,500
  // = -20,000; e > 85 · 10,520 / 20,520 = 43.6 → 44, so culture 15 → 59 makes Acme the winner.
  const ranking = page.getByRole("list", { name: "Ranking by weighted total" });
  await expect(ranking.getByRole("listitem").first()).toContainText("Beta Labs");
  await expect(ranking.getByRole("listitem").first()).toContainText("9.00");
  await expect(ranking.getByRole("listitem").nth(1)).toContainText("7.95");
  await expect(page.getByTestId("sensitivity")).toContainText("Raising “Company culture” from 15 to 59 (the other weights scaled in proportion to keep the total at 100) would make Acme AI — Senior ML Engineer the winner");
  await page.screenshot({ path: "tests/artifacts/offers-compare.png", fullPage: true });
  await expectNoAxeViolations(page);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export the matrix as CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("offer-comparison.csv");
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[1]).toMatch(/^1,Beta Labs,Staff Engineer,USD,1460800,365200,10 \(derived\),9,9,7,8,9\.00,0$/);

  await page.getByRole("navigation", { name: "Offers" }).getByRole("link", { name: "Negotiation" }).click();
  await expect(page.getByRole("heading", { name: "Script library" })).toBeVisible();
  await expect(page.getByLabel("Your words (edit the [brackets])").first()).toHaveValue(/I'm excited about this opportunity/);
  await expectNoAxeViolations(page);
});

test("offer pages work in the dark theme and on a phone", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpWithApi(page);
  await page.goto("/offers");
  await expectNoAxeViolations(page);
  await addOffer(page, { company: "Gamma", role: "MLE", base: "150,000", bonus: "10", signing: "20,000", grant: "100,000", preset: "Front-loaded: 40/30/20/10" });
  await expect(page.getByRole("group", { name: /Stacked chart of Gamma/ }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/offers-detail-phone-dark.png", fullPage: true });
  await expectNoAxeViolations(page);
  await page.goto("/offers/compare");
  await expectNoAxeViolations(page);
  await page.goto("/offers/negotiation");
  await expectNoAxeViolations(page);
});
