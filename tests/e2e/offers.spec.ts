import { type Page, expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expectNoAxeViolations } from "./a11y";
import { validOffer } from "../support/offers";
import { chooseTheme, signUp, signUpWithApi } from "./fixtures";
import { holdScripts, hydrated } from "./hydration";

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
  await page.screenshot({ path: "tests/artifacts/offers-list-1280.png", fullPage: true });
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 844 });
  await expect(page.getByText("Scroll sideways to see every column").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: "tests/artifacts/offers-list-375.png", fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
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
  expect(csv.split("\r\n")[1]).toMatch(/^1,Beta Labs,Staff Engineer,USD,1460800,365200,10 \(derived\),9,9,7,8,9\.00,0,No,No,No,No,No$/);

  await page.getByRole("navigation", { name: "Offers" }).getByRole("link", { name: "Negotiation" }).click();
  await expect(page.getByRole("heading", { name: "Script library" })).toBeVisible();
  await expect(page.getByLabel("Your words (edit the [brackets])").first()).toHaveValue(/I'm excited about this opportunity/);
  await expectNoAxeViolations(page);
});

test("offer pages work in the dark theme and on a phone", async ({ page }) => {
  await chooseTheme(page, "dark");
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

test("choose which offers to compare, read the weighted total on a phone, and see the refresher rule", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, { name: "Three Offers" });
  const ids: Record<string, string> = {};
  // Same package except base salary; Alpha assumes a $40,000 refresher each year from year 2.
  for (const [company, baseSalary, annualRefresher] of [["Alpha", 20_000_000, 4_000_000], ["Beta", 18_000_000, 0], ["Gamma", 16_000_000, 0]] as const) {
    const res = await page.request.post("/api/offers", { data: validOffer({ company, baseSalary, annualRefresher }) });
    expect(res.status()).toBe(201);
    ids[company] = ((await res.json()) as { offer: { id: string } }).offer.id;
  }

  await page.goto("/offers/compare");
  const choose = page.getByRole("group", { name: "Offers to compare" });
  await expect(choose.getByRole("checkbox")).toHaveCount(3);
  await expect(page.getByText("3 of 3 offers chosen.")).toBeVisible();
  const ranking = page.getByRole("list", { name: "Ranking by weighted total" });
  await expect(ranking.getByRole("listitem")).toHaveCount(3);

  // Leave Alpha out: only Beta and Gamma are scored and ranked (Beta's total is now the best: 10 → 30 × 10 = 3.00).
  await choose.getByRole("checkbox", { name: /^Alpha/ }).uncheck();
  await expect(page.getByText("2 of 3 offers chosen.")).toBeVisible();
  await expect(ranking.getByRole("listitem")).toHaveCount(2);
  await expect(ranking).not.toContainText("Alpha");
  await expect(ranking.getByRole("listitem").first()).toContainText("Beta");
  await expect(ranking.getByRole("listitem").first()).toContainText("3.00");
  const scores = page.getByRole("region", { name: "Scores by offer and criterion" });
  await expect(scores.getByRole("row")).toHaveCount(3); // header + 2 offers
  await expect(page).toHaveURL(new RegExp(`/offers/compare\\?offers=${ids.Beta},${ids.Gamma}$`));
  // The last chosen offer cannot be unticked.
  await choose.getByRole("checkbox", { name: /^Beta/ }).uncheck();
  await expect(ranking.getByRole("listitem")).toHaveCount(1);
  await expect(choose.getByRole("checkbox", { name: /^Gamma/ })).toBeDisabled();
  await choose.getByRole("checkbox", { name: /^Beta/ }).check();
  await expect(ranking.getByRole("listitem")).toHaveCount(2);
  // The CSV holds the chosen offers.
  await expect(page.getByRole("link", { name: "Export the matrix as CSV" })).toHaveAttribute("href", `/api/offers/matrix/csv?offers=${ids.Beta},${ids.Gamma}`);
  await page.screenshot({ path: "tests/artifacts/offers-compare-chosen-1280.png", fullPage: true });
  await expectNoAxeViolations(page);

  // A reload keeps the choice; on a phone the offer and its weighted total stay in view.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await expect(choose.getByRole("checkbox", { name: /^Alpha/ })).not.toBeChecked();
  await expect(scores.getByRole("row")).toHaveCount(3);
  await scores.getByRole("columnheader", { name: "Weighted total" }).scrollIntoViewIfNeeded();
  await expect(scores.getByRole("columnheader", { name: "Weighted total" })).toBeInViewport({ ratio: 1 });
  for (const row of await scores.getByRole("row").filter({ has: page.getByRole("rowheader") }).all()) {
    await expect(row.getByRole("cell").first()).toBeInViewport({ ratio: 1 });
    await expect(row.getByRole("cell").first()).toHaveText(/^\d+\.\d\d$/);
  }
  await expect(scores.getByRole("row", { name: /Beta/ }).getByRole("cell").first()).toHaveText("3.00");
  await page.screenshot({ path: "tests/artifacts/offers-compare-chosen-375.png", fullPage: true });
  await expectNoAxeViolations(page);

  // The refresher grants are their own row: $40,000 a year from year 2, 25% a year each, stacking.
  await page.goto(`/offers/${ids.Alpha}`);
  const table = page.getByRole("table", { name: /Alpha: total compensation/ });
  const refresher = table.getByRole("row", { name: /Equity vested: refresher grants/ });
  await expect(refresher.getByRole("cell")).toHaveText(["$0", "$10,000", "$20,000", "$30,000", "$60,000"]);
  await expect(table.getByRole("row", { name: /Equity vested: initial grant/ }).getByRole("cell")).toHaveText(["$100,000", "$100,000", "$100,000", "$100,000", "$400,000"]);
  await expect(table.getByRole("row", { name: /Total compensation/ })).toContainText("$1,502,000");
  const note = page.getByRole("note", { name: "How refresher grants count" });
  await expect(note).toContainText("a new grant of $40,000 is assumed at the start of years 2, 3 and 4");
  await expect(note).toContainText("25%, 25%, 25%, 25%");
  await expect(note).toContainText("They stack");
  await page.screenshot({ path: "tests/artifacts/offers-refresher-375.png", fullPage: true });
});

test("archive an offer: it leaves the default comparison, can still be chosen, and comes back; the form edits it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, { name: "Archive Offers" });
  const ids: Record<string, string> = {};
  for (const [company, baseSalary] of [["Alpha", 20_000_000], ["Beta", 18_000_000], ["Gamma", 16_000_000]] as const) {
    const res = await page.request.post("/api/offers", { data: validOffer({ company, baseSalary }) });
    expect(res.status()).toBe(201);
    ids[company] = ((await res.json()) as { offer: { id: string } }).offer.id;
  }

  // Archive Gamma from its page.
  await page.goto(`/offers/${ids.Gamma}`);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Offer archived." })).toBeVisible();
  await expect(page.getByText("Archived: this offer stays out of the comparison unless you choose it there.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();

  // The list keeps it apart.
  await page.goto("/offers");
  await expect(page.getByRole("list", { name: "Active offers" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("list", { name: "Archived offers" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Archived offers" })).toContainText("Gamma");
  await expectNoAxeViolations(page);

  // The comparison holds the active offers by default; the archived one is offered, unticked.
  await page.goto("/offers/compare");
  const choose = page.getByRole("group", { name: "Offers to compare" });
  await expect(page.getByText("2 of 3 offers chosen.")).toBeVisible();
  await expect(choose.getByRole("checkbox", { name: /^Gamma.*\(archived\)$/ })).not.toBeChecked();
  const ranking = page.getByRole("list", { name: "Ranking by weighted total" });
  await expect(ranking.getByRole("listitem")).toHaveCount(2);
  await expect(ranking).not.toContainText("Gamma");
  await choose.getByRole("checkbox", { name: /^Gamma/ }).check();
  await expect(ranking.getByRole("listitem")).toHaveCount(3);
  await expect(page).toHaveURL(new RegExp(`/offers/compare\\?offers=${ids.Alpha},${ids.Beta},${ids.Gamma}$`));

  // On a phone the weighted total is readable beside the offer.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  const scores = page.getByRole("region", { name: "Scores by offer and criterion" });
  await expect(scores.getByRole("row")).toHaveCount(4);
  await scores.getByRole("columnheader", { name: "Weighted total" }).scrollIntoViewIfNeeded();
  await expect(scores.getByRole("columnheader", { name: "Weighted total" })).toBeInViewport({ ratio: 1 });
  for (const row of await scores.getByRole("row").filter({ has: page.getByRole("rowheader") }).all()) {
    // Scrolling to the offer's name (the first column) brings the row into view without moving the table sideways.
    await row.getByRole("rowheader").scrollIntoViewIfNeeded();
    await expect(row.getByRole("cell").first()).toBeInViewport({ ratio: 1 });
  }
  await page.screenshot({ path: "tests/artifacts/offers-compare-archived-375.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Unarchive: back in the default comparison.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/offers/${ids.Gamma}`);
  await page.getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Offer restored." })).toBeVisible();
  await page.goto("/offers/compare");
  await expect(page.getByText("3 of 3 offers chosen.")).toBeVisible();

  // The offer form: an amount it cannot read is refused at its field; a good edit is saved.
  await page.goto(`/offers/${ids.Gamma}/edit`);
  await expect(page.getByLabel("Base salary (per year)")).toHaveValue("160000");
  await page.getByLabel("Base salary (per year)").fill("lots");
  await page.getByLabel("Company").fill("Gamma Robotics");
  await page.getByRole("button", { name: "Save offer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(page.getByLabel("Base salary (per year)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter an amount like 185,000 or 185000.50.")).toBeVisible();
  await expect(page.getByLabel("Base salary (per year)")).toBeFocused();
  await page.getByLabel("Base salary (per year)").fill("165,000");
  await page.getByRole("button", { name: "Save offer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gamma Robotics — Senior ML Engineer" })).toBeVisible();
  // Year 1: 165,000 + 24,750 bonus + 50,000 signing + 100,000 equity + 10,000 benefits + 6,600 match = 356,350.
  await expect(page.getByRole("table", { name: /Gamma Robotics: total compensation/ }).getByRole("row", { name: /Total compensation/ })).toContainText(
    "$356,350",
  );
});

// Issue 20, Lighthouse mobile (decision 0025, Session 10): the compare page's weights form starts
// light (plain state); react-hook-form comes with its first submit. Fails on the old code: its
// start-up fetched react-hook-form (a script holding "shouldUnregister", a name only its code uses).
test("compare: the weights form starts without react-hook-form; rows removed, added and weighted before its code arrives are kept and saved (412 × 823)", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await signUpWithApi(page);
  for (const company of ["Alpha", "Beta"]) {
    expect((await page.request.post("/api/offers", { data: validOffer({ company }) })).status()).toBe(201);
  }
  const scripts: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.push(r.text().catch(() => ""));
  });
  await page.goto("/offers/compare");
  await page.waitForLoadState("networkidle");
  await hydrated(page);
  expect((await Promise.all(scripts)).filter((text) => text.includes("shouldUnregister"))).toHaveLength(0);

  // Edited while the form's code is held back: the submit waits for it (button disabled) and is sent.
  const scriptsHeld = await holdScripts(page);
  const form = page.getByRole("form", { name: "Criteria and weights" });
  await form.getByRole("button", { name: "Remove Location and remote flexibility" }).click();
  await expect(form.getByText("Weights total 90 of 100.")).toBeVisible();
  await form.getByRole("button", { name: "Add a criterion" }).click();
  await form.getByLabel("Criterion 5 name").fill("Mentorship");
  await form.getByLabel("Weight for Mentorship").fill("10");
  await expect(form.getByText("Weights total 100 of 100.")).toBeVisible();
  await form.getByRole("button", { name: "Save weights" }).click();
  await expect(form.getByRole("button", { name: "Save weights" })).toBeDisabled();
  await expect.poll(() => scriptsHeld.held()).toBeGreaterThan(0);
  await scriptsHeld.release();
  await expect(page.getByText("Weights saved. The ranking below is updated.")).toBeVisible();
  const scores = page.getByRole("region", { name: "Scores by offer and criterion" });
  await expect(scores.getByRole("columnheader", { name: "Mentorship (10)" })).toBeVisible();
  await expect(scores.getByRole("columnheader", { name: /^Location/ })).toHaveCount(0);
  // The real form stays: a second save goes through it (an invalid total is refused as before).
  await form.getByLabel("Weight for Mentorship").fill("20");
  await form.getByRole("button", { name: "Save weights" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Weights must" })).toHaveText("Weights must total 100; they total 110.");
  await page.reload();
  await expect(form.getByLabel("Criterion 5 name")).toHaveValue("Mentorship");
  await expect(form.getByLabel("Weight for Mentorship")).toHaveValue("10");
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "tests/artifacts/offers-compare-weights-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "tests/artifacts/offers-compare-weights-1280.png", fullPage: true });
});
