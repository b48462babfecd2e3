import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { showCharts } from "./charts";
import { chooseTheme, fillScores, finishedMockWithOneAnswer, signIn, signInWithApi, signUp, signUpWithApi } from "./fixtures";

/** Practises the n-th technical question of the bank: answer, submit, score. */
async function practise(page: Page, n: number, scores: [number, number, number, number], average: string) {
  await page.goto("/questions?type=technical&sort=title");
  await page.getByRole("region", { name: "Results" }).getByRole("listitem").nth(n).getByRole("link").first().click();
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\//);
  await page.getByLabel("Your answer (Markdown)").fill("Start from the data, state the assumptions, compare two approaches and their trade-offs.");
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.getByRole("button", { name: "Submit answer" }).click();
  const form = page.getByRole("form", { name: "Score your answer" });
  await fillScores(form, scores);
  await page.getByRole("button", { name: "Save scores" }).click();
  await expect(page.getByText(`Average ${average} / 10`)).toBeVisible();
}

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Waits for the charts (loaded as they are scrolled to) and saves a full-page screenshot. */
async function shoot(page: Page, name: string) {
  await showCharts(page);
  await page.screenshot({ path: `tests/artifacts/${name}.png`, fullPage: true });
}

test("a new user lands on the dashboard, records an assessment and two answers, and sees them there", async ({ page }) => {
  await signUpWithApi(page, { name: "Dash Board" });
  await page.goto("/dashboard");
  const main = page.getByRole("navigation", { name: "Main" });
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start here" })).toBeVisible();
  await expect(page.getByText("Add your next interview date to your profile")).toBeVisible();
  await expectNoAxeViolations(page);

  // An interview three weeks away (the profile's time zone is UTC).
  await main.getByRole("link", { name: "Profile" }).click();
  await page.getByLabel("Next interview date").fill(isoIn(21));
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await main.getByRole("link", { name: "Self-assessment" }).click();
  await page.getByRole("slider", { name: "Machine learning fundamentals" }).fill("6");
  await page.getByRole("slider", { name: "Deep learning proficiency" }).fill("5");
  await page.getByRole("slider", { name: "System design capabilities" }).fill("7");
  await page.getByRole("slider", { name: "Communication & leadership" }).fill("8");
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText("Assessment saved.")).toBeVisible();

  await practise(page, 0, [8, 7, 7, 6], "7.0");
  await practise(page, 1, [5, 6, 4, 5], "5.0");

  await main.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start here" })).toHaveCount(0);
  // Readiness: self 6.5 and practice (28 + 20) / 8 = 6.0 → 6.25, Developing.
  await expect(page.getByText(/Latest: 6\.25 \(Developing\)/)).toBeVisible();
  await expect(page.getByText("2 submitted answers in all.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Streak" }).getByText("1 day")).toBeVisible();
  // Set today three weeks ahead: a 3-week short plan starting today (decision 0021).
  await expect(page.getByText(/^Week 1 of 3: system design and behavioural preparation\./)).toBeVisible();
  await expect(page.getByRole("region", { name: "Reviews due" })).toBeVisible();
  await expect(page.getByText(/1 active day and 2 answers/)).toBeVisible();

  // The weakest areas suggest questions that start a practice attempt.
  const weakest = page.getByRole("region", { name: "Practise next: your weakest areas" });
  await expect(weakest.getByRole("heading", { level: 3 })).toHaveCount(3);
  await expect(weakest.getByText(/Mean 5\.0 \/ 10 over 1 scored answer/)).toBeVisible();

  // Text alternatives of the charts.
  const readiness = page.getByRole("region", { name: "Readiness band over time" });
  await readiness.getByText("Readiness by week as a table").click();
  await expect(readiness.getByRole("table").getByRole("cell", { name: "Developing" })).toBeVisible();
  const areas = page.getByRole("region", { name: "Attempts by focus area" });
  await areas.getByText("Attempts by focus area as a table").click();
  await expect(areas.getByRole("table").getByRole("row")).toHaveCount(14); // header + 13 focus areas

  // The charts load as they are scrolled to: show them before the screenshot.
  await showCharts(page);
  await page.screenshot({ path: "tests/artifacts/dashboard.png", fullPage: true });
  await expectNoAxeViolations(page);

  await chooseTheme(page, "dark");
  await page.reload();
  await showCharts(page);
  await page.screenshot({ path: "tests/artifacts/dashboard-dark.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("the dashboard works on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/dashboard-phone-empty.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("a short mock interview, finished and scored, shows on the dashboard as its own series and in the plan's mock phase", async ({ page }) => {
  await signUpWithApi(page, { name: "Mock Dash" });
  await page.goto("/dashboard");
  const main = page.getByRole("navigation", { name: "Main" });
  await main.getByRole("link", { name: "Profile" }).click();
  // Six days ahead: the short plan opens with the mock interview phase (days 1-5, one mock).
  await page.getByLabel("Next interview date").fill(isoIn(6));
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  // One written answer (blank answers have no score form), then the mock finished.
  const mockId = await finishedMockWithOneAnswer(page);
  await page.goto(`/mocks/${mockId}/report`);
  const form = page.getByRole("form", { name: "Score question 1", exact: true });
  const labels = ["Technical accuracy", "Communication clarity", "Problem-solving approach", "Practical considerations"];
  for (const [i, v] of [8, 7, 7, 6].entries()) await form.getByLabel(labels[i]!).fill(String(v));
  await form.getByRole("button", { name: "Save scores" }).click();
  await expect(form.getByText("Scores saved.")).toBeVisible();

  await main.getByRole("link", { name: "Dashboard" }).click();
  // Readiness from the mock alone: 28 / 4 = 7.0, Good.
  await expect(page.getByText(/Latest: 7\.0 \(Good\)/)).toBeVisible();
  const readiness = page.getByRole("region", { name: "Readiness band over time" });
  await readiness.getByText("Readiness by week as a table").click();
  const table = readiness.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Mock interviews" })).toBeVisible();
  await expect(table.getByRole("row").nth(1)).toContainText("Good");
  await expect(page.getByText(/Communication & leadership:.*mock interviews 7\.0/)).toBeVisible();
  // The mock phase counts finished mocks: the one it asks for.
  const plan = page.getByRole("list", { name: "Plan phases" });
  await expect(plan.getByRole("listitem").nth(0)).toContainText("1 of 1 mock interview finished since the plan started.");
  await expect(plan.getByRole("listitem").nth(0)).toContainText("Now");
  await shoot(page, "dashboard-mock");
  await expectNoAxeViolations(page);
});

test("the demo account shows its sample history on the dashboard", async ({ page }) => {
  await signIn(page, "demo@preploop.dev", "practice-makes-progress");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Demo account: this is sample history");
  await expect(page.getByRole("heading", { name: "Start here" })).toHaveCount(0);
  await expect(page.getByText(/Latest: \d+\.\d+ \((Good|Developing)\)/)).toBeVisible();
  await expect(page.getByText(/\d\d submitted answers in all\./)).toBeVisible();
  await expect(page.getByRole("region", { name: "Streak" }).getByText("0 days")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Reviews due" }).getByText("Score a practice answer to schedule reviews.")).toHaveCount(0);
  // The interview is three weeks ahead: week 6 of the plan, the first two phases done, one mock of two.
  await expect(page.getByText(/^Week 6 of 8: mock interviews and refinement\.$/)).toBeVisible();
  const phases = page.getByRole("list", { name: "Plan phases" }).getByRole("listitem");
  await expect(phases.nth(0)).toContainText("Done");
  await expect(phases.nth(1)).toContainText("Done");
  await expect(phases.nth(2)).toContainText("1 of 2 mock interviews finished since the plan started.");
  const domains = page.getByRole("region", { name: "Domain scores over time" });
  await domains.getByText("Domain scores by week as a table").click();
  await expect(domains.getByRole("table").getByRole("row")).not.toHaveCount(1);
  await shoot(page, "dashboard-demo");
  // Many weeks: every dot inside the plot, the band names beside it.
  await expectReadinessDotsInside(page);
  await expectNoAxeViolations(page);

  await chooseTheme(page, "dark");
  await page.reload();
  await shoot(page, "dashboard-demo-dark");
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await shoot(page, "dashboard-demo-phone");
  await expectReadinessDotsInside(page);
  await expectNoAxeViolations(page);
});

/** The readiness chart's dots lie inside its plot area, and the band names sit right of it (never over a point). */
async function expectReadinessDotsInside(page: Page, { maxTicks }: { maxTicks?: number } = {}) {
  const chart = page.getByRole("region", { name: "Readiness band over time" }).locator(".recharts-wrapper > svg.recharts-surface");
  await expect(chart.locator(".recharts-line-dots circle").first()).toBeVisible();
  const geometry = await chart.evaluate((svg) => {
    const grid = [...svg.querySelectorAll(".recharts-cartesian-grid-horizontal line")].map((l) => [Number(l.getAttribute("x1")), Number(l.getAttribute("x2"))]);
    const dots = [...svg.querySelectorAll(".recharts-line-dots circle")].map((c) => [Number(c.getAttribute("cx")), Number(c.getAttribute("r"))]);
    const labels = [...svg.querySelectorAll(".band-label")].map((t) => (t as SVGGraphicsElement).getBBox().x);
    const ticks = svg.querySelectorAll(".recharts-xAxis .recharts-cartesian-axis-tick").length;
    return { left: Math.min(...grid.map((g) => g[0]!)), right: Math.max(...grid.map((g) => g[1]!)), dots, labels, ticks };
  });
  expect(geometry.dots.length).toBeGreaterThan(0);
  for (const [cx, r] of geometry.dots) {
    expect(cx! - r!).toBeGreaterThanOrEqual(geometry.left);
    expect(cx! + r!).toBeLessThanOrEqual(geometry.right);
  }
  expect(geometry.labels).toHaveLength(4);
  for (const x of geometry.labels) expect(x).toBeGreaterThan(geometry.right);
  expect(geometry.ticks).toBeGreaterThan(0);
  if (maxTicks !== undefined) expect(geometry.ticks).toBeLessThanOrEqual(maxTicks);
}

test("with one week of data the charts fit it: dots inside the plot, band names beside it, at 1280 and 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, { name: "One Week" });
  const today = new Date().toISOString().slice(0, 10);
  const res = await page.request.post("/api/self-assessments", {
    data: { assessedOn: today, scores: { mlFundamentals: 6, deepLearning: 5, systemDesign: 7, communicationLeadership: 8 } },
  });
  expect(res.status()).toBe(201);
  await page.goto("/dashboard");
  await expect(page.getByText(/Latest: 6\.5 \(Developing\)/)).toBeVisible();
  await showCharts(page);
  // Six weeks on the axis, not the 26-week window.
  await expectReadinessDotsInside(page, { maxTicks: 6 });
  await page.screenshot({ path: "tests/artifacts/dashboard-one-week-1280.png", fullPage: true });

  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await showCharts(page);
  await expectReadinessDotsInside(page, { maxTicks: 6 });
  await page.screenshot({ path: "tests/artifacts/dashboard-one-week-375.png", fullPage: true });
});

test("with many weeks of data the readiness chart keeps every dot inside and the band names beside it, at 1280 and 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, { name: "Many Weeks" });
  // Twenty weekly self-assessments, from the top of the scale to the bottom and back.
  const day = Date.now();
  for (let i = 0; i < 20; i++) {
    const s = [10, 9, 6, 3, 0][i % 5]!;
    const res = await page.request.post("/api/self-assessments", {
      data: {
        assessedOn: new Date(day - i * 7 * 86_400_000).toISOString().slice(0, 10),
        scores: { mlFundamentals: s, deepLearning: s, systemDesign: s, communicationLeadership: s },
      },
    });
    expect(res.status()).toBe(201);
  }
  await page.goto("/dashboard");
  await expect(page.getByText(/Latest: 10(\.0)? \(Excellent\)/)).toBeVisible();
  await showCharts(page);
  await expectReadinessDotsInside(page);
  await page.getByRole("region", { name: "Readiness band over time" }).screenshot({ path: "tests/artifacts/dashboard-many-weeks-1280.png" });

  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await showCharts(page);
  await expectReadinessDotsInside(page);
  await page.getByRole("region", { name: "Readiness band over time" }).screenshot({ path: "tests/artifacts/dashboard-many-weeks-375.png" });
});

test("the charts load when scrolled into view, not at start-up (375 px)", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInWithApi(page, "demo@preploop.dev", "practice-makes-progress");
  await page.goto("/dashboard");
  const figures = page.getByRole("main").getByRole("figure");
  await expect(figures).toHaveCount(4); // readiness, domains, focus areas, time per week
  // Hydrated and idle: every chart is still an empty box of its height, and no chart was drawn.
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[data-lazy-chart="waiting"]')).toHaveCount(4);
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  const box = await page.locator('[data-lazy-chart="waiting"]').first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(260);

  // Scrolled to, each chart loads (recharts is fetched with the first) and is drawn.
  const chunk = page.waitForResponse((r) => r.request().resourceType() === "script");
  await figures.first().scrollIntoViewIfNeeded();
  await chunk;
  for (let i = 0; i < 4; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(".recharts-surface").first()).toBeVisible();
  }
  await expect(page.locator('[data-lazy-chart="shown"]')).toHaveCount(4);
  await expect(page.getByText("Loading chart…")).toHaveCount(0);
});

test("the activity calendar's cells are built in the browser, in the box the server reserved (375 px)", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInWithApi(page, "demo@preploop.dev", "practice-makes-progress");
  // The server's HTML has an empty grid of the calendar's height, no cells (decision 0024, session 11).
  const html = await (await page.request.get("/dashboard")).text();
  expect(html).not.toMatch(/title="\d{1,2} [A-Z][a-z]{2} \d{4}: \d+ activit/);
  await page.goto("/dashboard");
  const grid = page.getByRole("region", { name: "Activity", exact: true }).locator("div.h-\\[95px\\]");
  // 53 weeks of days up to today, each with its date and count on hover.
  const cells = grid.locator("[data-l][title]");
  await expect(cells.first()).toHaveAttribute("title", /^\d{1,2} [A-Z][a-z]{2} \d{4}: \d+ activit(y|ies)$/);
  expect(await cells.count()).toBeGreaterThanOrEqual(52 * 7 + 1);
  expect(await cells.count()).toBeLessThanOrEqual(53 * 7);
  // The cells fill the reserved height exactly: seven rows of 11 px, 3 px apart.
  const box = await grid.boundingBox();
  expect(box!.height).toBe(95);
  const column = await grid.locator("> div").first().boundingBox();
  expect(column!.height).toBe(95);
  // As wide as its columns (11 px, 3 px apart), also while it was skipped off screen (decision 0025, Session 13).
  const columns = await grid.locator("> div").count();
  expect(box!.width).toBe(columns * 14 - 3);
  // The year does not fit 375 px: the calendar opens on the latest weeks and scrolls back to the first.
  const scroller = grid.locator("xpath=..");
  const at = () => scroller.evaluate((el) => ({ left: el.scrollLeft, shown: el.clientWidth, all: el.scrollWidth }));
  const start = await at();
  expect(start.all).toBeGreaterThan(start.shown);
  expect(start.left).toBeGreaterThanOrEqual(start.all - start.shown - 1);
  // The legend is not scrolled away with the weeks: it stays in view under them.
  await grid.scrollIntoViewIfNeeded();
  await expect(page.getByRole("region", { name: "Activity", exact: true }).getByText("Less")).toBeInViewport();
  await scroller.evaluate((el) => el.scrollTo({ left: 0 }));
  expect((await at()).left).toBe(0);
});
