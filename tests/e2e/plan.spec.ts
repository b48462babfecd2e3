import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { showCharts } from "./charts";
import { expectHeadingOrder } from "./headings";
import { chooseTheme, signUpWithApi } from "./fixtures";

function isoDaysFromToday(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function addMilestone(page: Page, title: string, date: string) {
  const addButton = page.getByRole("button", { name: "Add a milestone" });
  if (await addButton.isVisible()) await addButton.click();
  await page.getByLabel("Milestone title").fill(title);
  await page.getByLabel("Target date").fill(date);
  await page.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.getByRole("heading", { name: title, level: 3 })).toBeVisible();
}

test("a new user plans five years, logs learning and prints the portfolio", async ({ page }) => {
  await signUpWithApi(page, { name: "Grace Hopper" });
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Career plan" }).click();
  await expect(page.getByRole("heading", { name: "Your 5-year career plan" })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectHeadingOrder(page);

  // Choose a track and stage, set targets, start from the vision template.
  await page.getByLabel("Career track").selectOption({ label: "Individual contributor" });
  await page.getByLabel("Current stage").selectOption({ label: "Senior → Staff (Years 6-10)" });
  await expect(page.getByText("Work across teams to solve complex technical challenges")).toBeVisible();
  await page.getByLabel("Year 1 target role").fill("Senior AI Engineer");
  await page.getByLabel("Years 2-3 target role").fill("Staff AI Engineer");
  await page.getByLabel("Years 4-5 target role").fill("Principal AI Engineer");
  await page.getByRole("button", { name: "Start from the 5-year vision template" }).click();
  await expect(page.getByLabel("Year 1 goals")).toHaveValue(/Build a solid foundation in your current role/);
  await page.getByRole("button", { name: "Create my plan" }).click();
  await expect(page.getByText("Individual contributor · Senior → Staff")).toBeVisible();

  // Three milestones, one of them done.
  await addMilestone(page, "Lead the feature store migration", isoDaysFromToday(120));
  await addMilestone(page, "Publish an internal design doc series", isoDaysFromToday(400));
  await addMilestone(page, "Speak at an ML conference", isoDaysFromToday(1200));
  // Evidence picked from the user's own pages (no typing of paths).
  await page.getByRole("button", { name: "Edit “Publish an internal design doc series”" }).click();
  await page.getByLabel("Or add from PrepLoop").selectOption({ label: "Self-assessment history" });
  await expect(page.getByLabel("Evidence 1 link")).toHaveValue("/assessment");
  await page.getByRole("button", { name: "Save milestone" }).click();
  await expect(
    page.getByRole("article", { name: "Publish an internal design doc series" }).getByRole("link", {
      name: "Self-assessment history",
    }),
  ).toHaveAttribute("href", "/assessment");
  await page.getByRole("button", { name: "Mark “Lead the feature store migration” done" }).click();
  const first = page.getByRole("article", { name: "Lead the feature store migration" });
  await expect(first.getByText("Done", { exact: true })).toBeVisible();
  await expect(page.getByText("1 of 1 done (100 %)")).toBeVisible();

  // Reorder: move the last milestone up.
  await page.getByRole("button", { name: "Move “Speak at an ML conference” up" }).click();
  const milestones = page.getByRole("region", { name: "Milestones" }).getByRole("article");
  await expect(milestones.nth(1).getByRole("heading")).toHaveText("Speak at an ML conference");
  await expect(milestones.nth(2).getByRole("heading")).toHaveText("Publish an internal design doc series");

  // The timeline chart and its table alternative.
  const timeline = page.getByRole("region", { name: "Timeline" });
  await showCharts(page); // the timeline loads when scrolled near (components/charts/lazy-chart.tsx)
  await expect(timeline.locator(".recharts-scatter-symbol")).toHaveCount(3);
  await expect(timeline.getByText("Today", { exact: true })).toBeVisible();
  await timeline.getByText("Timeline as a table").click();
  await expect(timeline.getByRole("row", { name: /Speak at an ML conference/ })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/plan.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Log learning hours and see the monthly chart.
  await page.getByRole("link", { name: "Open the learning log" }).click();
  await expect(page.getByRole("heading", { name: "Learning log" })).toBeVisible();
  await page.getByLabel("Hours", { exact: true }).fill("25");
  await page.getByRole("button", { name: "Log hours" }).click();
  await expect(page.getByText("A day has at most 24 hours.")).toBeVisible();
  await page.getByLabel("Hours", { exact: true }).fill("2.5");
  await page.getByLabel("What you did (optional)").fill("Read the FlashAttention paper");
  await page.getByRole("button", { name: "Log hours" }).click();
  await expect(page.getByText("Logged 2.5 h.")).toBeVisible();
  await page.getByLabel("Category", { exact: true }).selectOption("SOFT_SKILLS");
  await page.getByLabel("Hours", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Log hours" }).click();
  await expect(page.getByRole("progressbar", { name: "Technical Skills this month" })).toHaveAttribute(
    "aria-valuetext",
    "2.5 of 20 h",
  );
  await expect(page.getByText("10 of 10 h · target met")).toBeVisible();
  const chart = page.getByRole("region", { name: "Hours by month" });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(chart.getByText("20 h target")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Read the FlashAttention paper" })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/learning.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Network plan goal, back on the plan page.
  await page.getByRole("link", { name: "5-year plan" }).click();
  await page.getByLabel("Network goal").fill("Find a mentor at a research lab");
  await page.getByLabel("Kind").selectOption({ label: "Mentorship goal" });
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByText("Find a mentor at a research lab", { exact: true })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Soft Skills this month" })).toHaveAttribute(
    "aria-valuetext",
    "10 of 10 h",
  );

  // The printable portfolio.
  await page.getByRole("link", { name: "Portfolio" }).click();
  await expect(page.getByRole("heading", { name: "Grace Hopper: career portfolio" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "5-year career plan" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Lead the feature store migration .* Done/ })).toBeVisible();
  await expect(page.getByText("Mentorship goal: Find a mentor at a research lab (planned)")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "tests/artifacts/portfolio.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await page.screenshot({ path: "tests/artifacts/portfolio-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all my data (JSON)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^preploop-export-\d{4}-\d{2}-\d{2}\.json$/);
});

test("career pages have no axe violations in the dark theme and work on a phone", async ({ page }) => {
  await chooseTheme(page, "dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpWithApi(page);
  await page.goto("/dashboard");
  for (const path of ["/plan", "/plan/learning", "/plan/tracks", "/plan/portfolio"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto("/plan/tracks");
  await expect(page.getByText("Set the company's AI technology vision")).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/tracks-phone-dark.png", fullPage: true });
});
