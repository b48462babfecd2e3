import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { signUpWithApi } from "./fixtures";

function isoIn(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function createPlan(page: Page) {
  await page.getByLabel("Career track").selectOption({ label: "Individual contributor" });
  await page.getByLabel("Current stage").selectOption({ label: "Senior → Staff (Years 6-10)" });
  await page.getByLabel("Year 1 target role").fill("Senior AI Engineer");
  await page.getByRole("button", { name: "Create my plan" }).click();
  await expect(page.getByText("Individual contributor · Senior → Staff")).toBeVisible();
}

async function setInterview(page: Page, days: number) {
  await page.goto("/profile");
  await page.getByLabel("Next interview date").fill(isoIn(days));
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
}

test("a new user adopts the guide's Full Project Extension as milestones and ticks its criteria", async ({ page }) => {
  await signUpWithApi(page, { name: "Portfolio Builder" });
  await page.goto("/plan");
  await createPlan(page);

  const project = page.getByRole("region", { name: "Full Project Extension" });
  await expect(project.getByText("Project: AI Career Development Portfolio")).toBeVisible();
  await expect(project.getByText(/4-6 weeks with 10-15 hours of focused work/)).toBeVisible();
  await expect(project.getByRole("list", { name: "Project components" }).getByRole("listitem").filter({ has: page.getByRole("button") })).toHaveCount(6);

  // One component first: it becomes a milestone due in 6 days.
  await project.getByRole("button", { name: "Adopt Comprehensive Skills Assessment as a milestone" }).click();
  await expect(project.getByText(/^In your plan — due /)).toHaveCount(1);
  const milestones = page.getByRole("region", { name: "Milestones" });
  await expect(milestones.getByRole("heading", { name: "Project 1/6: Comprehensive Skills Assessment", level: 3 })).toBeVisible();

  // Then the other five at once.
  await project.getByRole("button", { name: "Adopt the remaining 5" }).click();
  await expect(project.getByText(/^In your plan — due /)).toHaveCount(6);
  await expect(milestones.getByRole("article")).toHaveCount(6);
  await expect(milestones.getByRole("heading", { name: "Project 6/6: Career Progression Planning", level: 3 })).toBeVisible();
  await expect(project.getByRole("button", { name: /Adopt/ })).toHaveCount(0);

  // Tick two assessment criteria; each tick saves.
  await project.getByRole("checkbox", { name: "Demonstrates thorough self-awareness and honest skill assessment" }).check();
  await expect(project.getByText("1 of 5 met. Saved.")).toBeVisible();
  await project.getByRole("checkbox", { name: "Includes measurable goals and progress tracking mechanisms" }).check();
  await expect(project.getByText("2 of 5 met. Saved.")).toBeVisible();

  // A reload keeps the milestones and the ticks.
  await page.reload();
  await expect(project.getByText("2 of 5 met.")).toBeVisible();
  await expect(project.getByRole("checkbox", { name: "Demonstrates thorough self-awareness and honest skill assessment" })).toBeChecked();
  await expect(project.getByRole("checkbox", { name: "Includes measurable goals and progress tracking mechanisms" })).toBeChecked();
  await expect(project.getByRole("checkbox", { name: "Shows evidence of systematic preparation and practice" })).not.toBeChecked();
  await expect(milestones.getByRole("article")).toHaveCount(6);
  await expectNoAxeViolations(page);

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(project.getByText("2 of 5 met.")).toBeVisible();
    await page.screenshot({ path: `tests/artifacts/plan-project-extension-${width}.png`, fullPage: true });
  }
});

test("the preparation plan fits the days left: 5 weeks gives a short plan with priorities, 7 weeks a compressed one", async ({ page }) => {
  await signUpWithApi(page, { name: "Short Notice" });
  await page.goto("/plan");
  await createPlan(page);

  // Five weeks out: fundamentals dropped, three phases in order, said plainly.
  await setInterview(page, 35);
  await page.goto("/plan");
  const prep = page.getByRole("region", { name: "Preparation plan" });
  const fit = prep.getByTestId("plan-fit");
  await expect(fit).toContainText("Short plan with priorities (35 days)");
  await expect(fit).toContainText(
    "Kept, in this order: 1. System design and behavioural preparation (14 days), 2. Mock interviews and refinement (14 days), 3. Company research and final preparation (7 days).",
  );
  await expect(fit).toContainText("Dropped: technical fundamentals review");
  await expect(prep.getByText("Week 1 of 5: system design and behavioural preparation.")).toBeVisible();
  const phases = prep.getByRole("list", { name: "Plan phases" }).getByRole("listitem");
  await expect(phases).toHaveCount(3);
  await expect(phases.nth(0)).toContainText("Now");
  await expect(phases.nth(0)).toContainText("0 of 6 answers in these areas since the plan started.");
  await expect(prep.getByText("Not practised")).toHaveCount(0);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/artifacts/plan-short-timeline-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Seven weeks out: the guide's four phases, compressed, with what was shortened.
  await setInterview(page, 49);
  await page.goto("/dashboard");
  const dash = page.getByRole("region", { name: "Preparation plan" });
  await expect(dash.getByTestId("plan-fit")).toContainText("Compressed plan (49 days)");
  await expect(dash.getByTestId("plan-fit")).toContainText(
    "Compressed to 49 days: company research and final preparation from 14 to 7 days. System design and behavioural preparation and the mock interviews keep their two weeks each.",
  );
  await expect(dash.getByText("Week 1 of 7: technical fundamentals review.")).toBeVisible();
  await expect(dash.getByRole("list", { name: "Plan phases" }).getByRole("listitem")).toHaveCount(4);
  await expect(dash.getByText("Not practised")).toHaveCount(0);
});
