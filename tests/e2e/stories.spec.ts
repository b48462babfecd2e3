import { type Page, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { fillScores, test } from "./fixtures";

type Story = { title: string; situation: string; task: string; action: string; result: string; competencies: RegExp[]; suits: string };

async function addStory(page: Page, s: Story) {
  await page.goto("/stories");
  await page.getByRole("link", { name: "Add a story" }).click();
  await expect(page.getByRole("heading", { name: "Add a story", level: 1 })).toBeVisible();
  await page.getByLabel("Title").fill(s.title);
  await page.getByLabel("Situation").fill(s.situation);
  await page.getByLabel("Task").fill(s.task);
  await page.getByLabel("Action").fill(s.action);
  await page.getByLabel("Result").fill(s.result);
  for (const c of s.competencies) await page.getByRole("checkbox", { name: c }).check();
  await page.getByLabel("Suits (companies or roles)").fill(s.suits);
  await page.getByRole("button", { name: "Add story" }).click();
  await expect(page.getByRole("heading", { name: s.title, level: 1 })).toBeVisible();
}

const drift: Story = {
  title: "Credit model drift",
  situation: "A month after launch our credit scoring model fell from 92% to 87% accuracy.",
  task: "Find the cause and restore the business's confidence in the model.",
  action: "I triggered the monitoring alerts, compared last week's data and traced missing values to a pipeline change.",
  result: "Back to 93% within 24 hours, with automated drift detection added.",
  competencies: [/^Failure and recovery/, /^Delivery under pressure/],
  suits: "Fintech, Senior ML engineer",
};
const pipeline: Story = {
  title: "Streaming or batch",
  situation: "Data engineering wanted streaming, ML engineering batch, product a fast launch.",
  task: "Get the three teams to one plan.",
  action: "I ran a design review with each team's metrics and proposed batch first, streaming as a pilot.",
  result: "Launched in 3 weeks; the streaming pilot went live the next quarter.",
  competencies: [/^Conflict/, /^Stakeholder management/],
  suits: "Big tech",
};

test("story bank: write two stories, see the gaps, edit one, use it in a behavioural answer, see the use and its score", async ({ page, freshUser }) => {
  expect(freshUser.id).toBeTruthy();
  await page.goto("/stories");
  await expect(page.getByRole("heading", { name: "Story bank", level: 1 })).toBeVisible();
  await expect(page.getByText("0 stories of the 8-12 to prepare: 8 stories to go.")).toBeVisible();

  // The result needs a number: the form says so before anything is sent.
  await page.getByRole("link", { name: "Add a story" }).click();
  await page.getByLabel("Title").fill("No number yet");
  await page.getByLabel("Result").fill("Everyone was happy.");
  await page.getByRole("button", { name: "Add story" }).click();
  await expect(page.getByText("State the result with a number")).toBeVisible();
  await expect(page.getByText("Tick at least one competency the story shows.")).toBeVisible();

  await addStory(page, drift);
  await addStory(page, pipeline);

  await page.goto("/stories");
  await expect(page.getByText("No story yet for: ethics, mentoring, leadership, influence, ambiguity, customer focus.")).toBeVisible();
  await expect(page.getByText("2 stories of the 8-12 to prepare: 6 stories to go.")).toBeVisible();
  const grid = page.getByRole("region", { name: "Coverage grid" });
  await expect(grid.getByRole("row", { name: /^Failure and recovery/ }).getByRole("cell").last()).toHaveText("1");
  await expect(grid.getByRole("row", { name: /^Ethics/ }).getByRole("cell").last()).toHaveText("Gap");

  // Edit the first story: the version moves on.
  await page.getByRole("link", { name: drift.title }).click();
  await page.getByLabel("Title").fill("Credit model drift, 24-hour fix");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved (version 2).")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Credit model drift, 24-hour fix", level: 1 })).toBeVisible();
  const storyUrl = page.url();

  // Use it in a behavioural practice answer.
  await page.goto("/questions?type=behavioural&sort=title");
  await page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").click();
  // Read the title once the question page is there (not the list's heading).
  const practise = page.getByRole("button", { name: "Practise this question" });
  await expect(practise).toBeVisible();
  const question = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await practise.click();
  await expect(page).toHaveURL(/\/practice\/attempts\//);
  await page.getByLabel("Task").fill("My framing for this question.");
  await page.getByRole("button", { name: "Use a story" }).click();
  await page.getByLabel("Story to use").selectOption({ label: "Credit model drift, 24-hour fix" });
  await page.getByRole("button", { name: "Insert STAR outline" }).click();
  await expect(page.getByText("Inserted “Credit model drift, 24-hour fix”: adapt it to this question.")).toBeVisible();
  await expect(page.getByLabel("Situation")).toHaveValue(drift.situation);
  await expect(page.getByLabel("Task")).toHaveValue(`My framing for this question.\n\n${drift.task}`);
  await expect(page.getByText(/All changes saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Result")).toHaveValue(drift.result);
  await expect(page.getByLabel("Task")).toHaveValue(`My framing for this question.\n\n${drift.task}`);

  await page.getByRole("button", { name: "Submit answer" }).click();
  const form = page.getByRole("form", { name: "Score your answer" });
  await fillScores(form, [8, 7, 7, 6]);
  await page.getByRole("button", { name: "Save scores" }).click();
  await expect(page.getByText("Average 7.0 / 10")).toBeVisible();

  // The story lists the answer with its self score.
  await page.goto(storyUrl);
  const uses = page.getByRole("region", { name: "Answers that used this story" });
  const row = uses.getByRole("row", { name: new RegExp(question.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(row).toContainText("Practice · scored");
  await expect(row.getByRole("cell").nth(2)).toHaveText("7");
  await expect(row.getByRole("cell").nth(3)).toHaveText("—");
  await expectNoAxeViolations(page);

  await page.goto("/stories");
  await expect(page.getByText("Used in 1 answer")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "tests/artifacts/stories-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByRole("heading", { name: "Story bank", level: 1 })).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/stories-375.png", fullPage: true });
});
