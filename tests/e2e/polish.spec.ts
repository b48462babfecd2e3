import { type Page, expect } from "@playwright/test";
import { selectTextFits, test } from "./fixtures";
import { showCharts } from "./charts";

// Issue 14 item 10 and the shared DataTable: what a user would notice, at 1280 and 375 px.
const WIDTHS = [1280, 375] as const;

function isoDaysFromToday(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function post(page: Page, path: string, data: unknown) {
  const res = await page.request.post(path, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(201);
  return res.json();
}

test("timeline milestone titles are shown whole, not cut at 20 characters", async ({ page, freshUser }) => {
  void freshUser;
  const { plan } = await post(page, "/api/plans", {
    trackId: "individual-contributor",
    stageId: "engineer-2-to-senior",
    startsOn: isoDaysFromToday(-30),
    year1Role: "",
    year1Goals: "",
    years2to3Role: "",
    years2to3Goals: "",
    years4to5Role: "",
    years4to5Goals: "",
  });
  const titles = ["Lead the feature store migration", "Publish an internal design doc series", "Speak at an ML conference"];
  for (const [i, title] of titles.entries()) {
    await post(page, `/api/plans/${plan.id}/milestones`, { title, targetDate: isoDaysFromToday(120 + i * 500) });
  }
  await page.goto("/plan");
  await showCharts(page); // the timeline loads when scrolled near (components/charts/lazy-chart.tsx)
  const chart = page.getByRole("figure", { name: /Timeline chart of your milestones/ });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const labels = chart.locator(".timeline-title text");
    await expect(labels).toHaveCount(titles.length);
    // Each title's wrapped lines, joined, are the whole title (no "…").
    const shown = await labels.evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()));
    const squash = (t: string) => t.replace(/\s+/g, "");
    expect(shown.map(squash).sort()).toEqual(titles.map(squash).sort());
    expect(shown.join(" ")).not.toContain("…");
    // The labels stay inside the chart (not clipped at its left edge).
    const box = await chart.boundingBox();
    for (const l of await labels.all()) {
      const b = await l.boundingBox();
      expect(b!.x, `label inside the chart at ${width} px`).toBeGreaterThanOrEqual(box!.x - 1);
    }
    // Every date tick is drawn (start, the two later horizons, the end), none overlapping, and
    // the three horizon names do not overlap either (on a phone they are "Y1", "Y2-3", "Y4-5").
    const ticks = chart.locator("svg text").filter({ hasText: /^(\d{4}|\d{1,2} [A-Z][a-z]{2} \d{4})$/ });
    await expect(ticks).toHaveCount(4);
    const names = chart.locator("svg text").filter({ hasText: /^(Y1|Y2-3|Y4-5|Year 1|Years 2-3|Years 4-5)$/ });
    await expect(names).toHaveCount(3);
    for (const group of [ticks, names]) {
      const boxes = (await Promise.all((await group.all()).map((t) => t.boundingBox()))).map((b) => b!).sort((a, b) => a.x - b.x);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.x, `no overlap at ${width} px`).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
      }
    }
    await chart.screenshot({ path: `tests/artifacts/polish-timeline-${width}.png` });
  }
});

test("the profile's time zone is a searchable list of IANA zones, checked by the server", async ({ page, freshUser }) => {
  void freshUser;
  await page.goto("/profile");
  const tz = page.getByLabel("Time zone");
  await expect(tz).toHaveValue("UTC");
  const listId = await tz.getAttribute("list");
  expect(listId).toBeTruthy();
  const options = page.locator(`datalist#${listId} option`);
  expect(await options.count()).toBeGreaterThan(400);
  await expect(page.locator(`datalist#${listId} option[value="Europe/Berlin"]`)).toHaveCount(1);
  await expect(page.locator(`datalist#${listId} option[value="UTC"]`)).toHaveCount(1);

  // A zone that is not on the list is refused at the field.
  await tz.fill("Mars/Base");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(tz).toHaveAccessibleDescription("Choose a valid time zone, like Europe/Berlin.");
  await expect(tz).toHaveAttribute("aria-invalid", "true");

  await tz.fill("Asia/Tokyo");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByLabel("Time zone").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tests/artifacts/polish-profile-${width}.png` });
  }
});

test("every learning-log category fits its select at 1280 and 375 px", async ({ page, freshUser }) => {
  void freshUser;
  await page.goto("/plan/learning");
  const category = page.getByLabel("Category", { exact: true });
  const labels = await category.locator("option").allTextContents();
  expect(labels).toEqual(["Technical Skills", "Soft Skills", "Industry Knowledge"]);
  await category.selectOption({ label: "Industry Knowledge" });
  await expect(category).toHaveAccessibleDescription(/^Aim: \d+ h a month\.$/);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const label of labels) {
      await category.selectOption({ label });
      const fits = await selectTextFits(category, 16);
      expect(fits, `"${label}" fits at ${width} px`).toBe(true);
    }
    await page.getByRole("region", { name: "Log learning hours" }).screenshot({ path: `tests/artifacts/polish-learning-${width}.png` });
  }
});

test("tables sort from their headers by click or Enter, and say so; a wide table shows a scroll hint on a phone", async ({ page, freshUser }) => {
  void freshUser;
  const day = (n: number) => isoDaysFromToday(-n);
  await post(page, "/api/learning", { date: day(3), category: "SOFT_SKILLS", hours: 2, note: "b" });
  await post(page, "/api/learning", { date: day(2), category: "TECHNICAL", hours: 10, note: "c" });
  await post(page, "/api/learning", { date: day(1), category: "INDUSTRY", hours: 0.5, note: "a" });
  await page.goto("/plan/learning");
  const table = page.getByRole("region", { name: "Recent learning entries table" }).getByRole("table");
  const notes = () => table.locator("tbody tr td:nth-child(4)").allTextContents();
  await expect.poll(notes).toEqual(["a", "c", "b"]); // newest first, as given

  const hours = table.getByRole("columnheader", { name: "Hours" });
  await expect(hours).not.toHaveAttribute("aria-sort");
  await hours.getByRole("button").click();
  await expect(hours).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(notes).toEqual(["a", "b", "c"]); // 0.5, 2, 10: by value, not as text
  await hours.getByRole("button").press("Enter");
  await expect(hours).toHaveAttribute("aria-sort", "descending");
  await expect.poll(notes).toEqual(["c", "b", "a"]);
  const category = table.getByRole("columnheader", { name: "Category" });
  await category.getByRole("button").press("Enter");
  await expect(category).toHaveAttribute("aria-sort", "ascending");
  await expect(hours).not.toHaveAttribute("aria-sort");
  await expect.poll(notes).toEqual(["a", "b", "c"]); // Industry, Soft, Technical
  // The learning log fits a 1280 px screen: no scroll hint.
  await expect(page.getByText("Scroll sideways to see every column")).toHaveCount(0);

  // The self-assessment history is wider than a phone: it scrolls sideways and says so.
  await post(page, "/api/self-assessments", {
    assessedOn: day(1),
    scores: { mlFundamentals: 5, deepLearning: 6, systemDesign: 7, communicationLeadership: 8 },
  });
  await page.goto("/assessment");
  const history = page.getByRole("region", { name: "Assessment history" });
  const hint = page.getByText("Scroll sideways to see every column");
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(hint).toBeVisible();
  await expect(history).toHaveAccessibleDescription(/Scroll sideways to see every column/);
  expect(await history.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await history.screenshot({ path: "tests/artifacts/polish-history-375.png" });
  // At 1280 px the history has half the page: the hint shows exactly when it still overflows.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect
    .poll(async () => (await hint.count()) === 1 === (await history.evaluate((el) => el.scrollWidth > el.clientWidth)))
    .toBe(true);
  await history.screenshot({ path: "tests/artifacts/polish-history-1280.png" });
});
