import { type Browser, type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { showCharts } from "./charts";
import { chooseTheme, fillScores, PASSWORD, signIn, signUpWithApi, uniqueEmail } from "./fixtures";

const main = (page: Page) => page.getByRole("main");

/** The candidate's and the mentor's pages, each in a browser context of its own. */
async function twoPeople(browser: Browser) {
  const candidateCtx = await browser.newContext();
  const mentorCtx = await browser.newContext();
  return { candidateCtx, mentorCtx, cand: await candidateCtx.newPage(), ment: await mentorCtx.newPage() };
}

test("candidate invites, mentor accepts, reviews and comments; candidate sees it all, replies, then ends the mentorship", async ({
  browser,
}) => {
  const { candidateCtx, mentorCtx, cand, ment } = await twoPeople(browser);

  // The candidate invites from the Mentoring area.
  await signUpWithApi(cand, { name: "Cara Candidate" });
  await cand.goto("/dashboard");
  await cand.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mentoring" }).click();
  await expect(cand.getByRole("heading", { name: "Your mentors", level: 1 })).toBeVisible();
  await expect(cand.getByText("No mentors yet.")).toBeVisible();
  await cand.getByLabel("Note for yourself (optional)").fill("Max from the meetup");
  await cand.getByRole("button", { name: "Create invitation" }).click();
  const link = (await cand.getByTestId("invitation-link").textContent())!;
  await expect(cand.getByTestId("invitation-code")).toHaveText(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await expect(cand.getByRole("region", { name: "Invitations" })).toContainText("Max from the meetup");
  await cand.screenshot({ path: "tests/artifacts/mentors-invite.png", fullPage: true });
  await expectNoAxeViolations(cand);

  // The mentor, signed out, opens the link, creates an account and accepts.
  await ment.goto(new URL(link).pathname);
  await expect(
    ment.getByRole("heading", { name: "Cara Candidate invited you to be their mentor" }),
  ).toBeVisible();
  await expectNoAxeViolations(ment);
  await ment.getByRole("link", { name: "Create an account" }).click();
  await ment.getByLabel("Your name").fill("Max Mentor");
  await ment.getByLabel("Email").fill(uniqueEmail("mentor"));
  await ment.getByLabel("Password").fill(PASSWORD);
  await ment.getByRole("button", { name: "Create account" }).click();
  await ment.getByRole("button", { name: "Accept and mentor Cara Candidate" }).click();
  await expect(ment.getByRole("heading", { name: "Cara Candidate: shared with you" })).toBeVisible();
  await expect(main(ment).getByText("None shared.").first()).toBeVisible();

  // The candidate practises a question, scores it and asks Max for a review.
  await cand.goto("/questions?type=technical&sort=title");
  await cand.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link").click();
  await expect(cand.getByRole("button", { name: "Practise this question" })).toBeVisible();
  const title = (await cand.getByRole("heading", { level: 1 }).textContent())!;
  await cand.getByRole("button", { name: "Practise this question" }).click();
  await cand
    .getByLabel("Your answer (Markdown)")
    .fill("Bias comes from wrong assumptions; variance from sensitivity to the sample. Regularise.");
  await expect(cand.getByText(/All changes saved/)).toBeVisible();
  await cand.getByRole("button", { name: "Submit answer" }).click();
  const form = cand.getByRole("form", { name: "Score your answer" });
  await fillScores(form, [9, 8, 8, 7]);
  await cand.getByRole("button", { name: "Save scores" }).click();
  await expect(cand.getByText("Average 8.0 / 10")).toBeVisible();
  const attemptUrl = cand.url();
  const ask = cand.getByRole("form", { name: "Ask for a review" });
  await ask.getByLabel("Mentor").selectOption({ label: "Max Mentor" });
  await ask.getByLabel("Note (optional)").fill("Is the trade-off clear?");
  await ask.getByRole("button", { name: "Ask for a review" }).click();
  await expect(cand.getByText("Sent to Max Mentor's review queue.")).toBeVisible();
  await expect(cand.getByText(/Asked Max Mentor on/)).toBeVisible();

  // The mentor sees it in the queue, oldest first, with its waiting time, and reviews it.
  await ment.goto("/mentoring");
  const queue = ment.getByRole("region", { name: "Review queue" });
  await expect(queue.getByText("waiting since just now")).toBeVisible();
  await expect(queue.getByText("“Is the trade-off clear?”")).toBeVisible();
  await queue.getByRole("link", { name: title }).click();
  await expect(ment.getByRole("heading", { name: "Cara Candidate's answer" })).toBeVisible();
  await expect(ment.getByText("Regularise.").first()).toBeVisible(); // the answer; the coverage panel quotes it again
  await expect(ment.getByRole("region", { name: "Key-point coverage" })).toContainText("Cara Candidate's answer covers");
  const review = ment.getByRole("form", { name: "Your review" });
  await fillScores(review, [6, 7, 5, 6]);
  await expect(review.getByText("Rubric level at an average of 6.0:")).toBeVisible();
  await review
    .getByLabel("Summary (Markdown)")
    .fill("Clear **structure**. Show where the regularisation term comes from.");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(ment.getByText("Review saved. Your mentee has been notified.")).toBeVisible();
  await ment
    .getByRole("form", { name: "New comment" })
    .getByLabel("New comment")
    .fill("Why an L2 penalty rather than L1 here?");
  await ment.getByRole("button", { name: "Post comment" }).click();
  await expect(ment.getByRole("article", { name: "Comment by Max Mentor" })).toContainText(
    "Why an L2 penalty",
  );
  await expect(ment.getByRole("button", { name: "Update review" })).toBeVisible();
  await ment.screenshot({ path: "tests/artifacts/mentors-review-page.png", fullPage: true });
  await expectNoAxeViolations(ment);
  const mentorItemUrl = ment.url();

  // The candidate: three notifications (accepted, review, comment), the scores on the attempt, a reply.
  await cand.reload();
  await expect(cand.getByRole("link", { name: "Notifications, 3 unread" })).toBeVisible();
  const reviews = cand.getByRole("region", { name: "Mentor reviews" });
  const scores = reviews.getByRole("region", { name: "Scores from Max Mentor" });
  await expect(scores.getByRole("row", { name: /Technical accuracy/ })).toHaveText(
    /Technical accuracy\s*9\s*6\s*\+3/,
  ); // you, mentor, gap
  await expect(scores.getByRole("row", { name: /Average/ })).toHaveText(/Average\s*8\s*6/);
  await expect(reviews.getByText("Clear structure. Show where")).toBeVisible();
  await reviews.getByRole("button", { name: "Reply to Max Mentor" }).click();
  await reviews
    .getByRole("textbox", { name: "Your reply to Max Mentor" })
    .fill("Because L2 keeps every feature, just smaller.");
  await reviews.getByRole("button", { name: "Post reply" }).click();
  await expect(reviews.getByRole("article", { name: "Comment by Cara Candidate" })).toContainText(
    "keeps every feature",
  );
  await cand.screenshot({ path: "tests/artifacts/mentors-attempt-with-review.png", fullPage: true });
  await expectNoAxeViolations(cand);

  await cand.getByRole("link", { name: "Notifications, 3 unread" }).click();
  await expect(main(cand).getByText("Max Mentor reviewed “" + title + "”.")).toBeVisible();
  await cand.getByRole("button", { name: "Mark all as read" }).click();
  await expect(cand.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();

  // Calibration: self 9/8/8/7 against 6/7/5/6 → gaps +3, +1, +3, +1; overall +2, flagged.
  await cand.getByRole("link", { name: "Calibration" }).click();
  await expect(cand.getByRole("heading", { name: /Calibration/, level: 1 })).toBeVisible();
  const byPoint = cand.getByRole("region", { name: "Calibration by evaluation point" });
  await expect(byPoint.getByRole("row", { name: /Technical accuracy/ })).toContainText("+3");
  await expect(byPoint.getByRole("row", { name: /Technical accuracy/ })).toContainText("gap ≥ 2");
  await expect(byPoint.getByRole("row", { name: /Communication clarity/ })).not.toContainText("gap ≥ 2");
  await expect(cand.getByRole("region", { name: "Overall" })).toContainText("+2");
  await cand.screenshot({ path: "tests/artifacts/mentors-calibration.png", fullPage: true });
  await expectNoAxeViolations(cand);

  // The mentor sees the reply (and is told).
  await ment.reload();
  await expect(ment.getByRole("article", { name: "Comment by Cara Candidate" })).toContainText(
    "keeps every feature",
  );

  // The candidate sees who viewed what, then ends the mentorship.
  await cand.getByRole("link", { name: "Who viewed what" }).click();
  await expect(
    cand
      .getByRole("region", { name: "Access log" })
      .getByRole("row", { name: /Max Mentor/ })
      .first(),
  ).toBeVisible();
  await cand.getByRole("link", { name: "Your mentors" }).click();
  await cand.getByRole("button", { name: "End mentorship" }).click();
  await cand.getByRole("button", { name: "Yes, end the mentorship" }).click();
  await expect(cand.getByText("No mentors yet.")).toBeVisible();

  // The mentor's page for that item now answers not found.
  const res = await ment.goto(mentorItemUrl);
  expect(res?.status()).toBe(404);
  await expect(ment.getByRole("heading", { name: "Not found" })).toBeVisible();
  await ment.goto("/mentoring");
  await expect(ment.getByText("No mentees yet.")).toBeVisible();
  await expect(ment.getByText("Nothing is waiting for your review.")).toBeVisible();

  // Back on the attempt the review stays with the candidate; the thread is read-only now.
  await cand.goto(attemptUrl);
  await expect(cand.getByText("This mentorship has ended: the thread is read-only.")).toBeVisible();

  await candidateCtx.close();
  await mentorCtx.close();
});

test("mentoring pages in the dark theme and on a phone; a wrong code gets a clear message", async ({
  page,
}) => {
  await chooseTheme(page, "dark");
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpWithApi(page, { name: "Phone Person" });
  await page.goto("/mentors");
  await page.getByRole("button", { name: "Create invitation" }).click();
  await expect(page.getByTestId("invitation-code")).toBeVisible();
  await page.screenshot({ path: "tests/artifacts/mentors-phone-dark.png", fullPage: true });
  await expectNoAxeViolations(page);
  for (const path of ["/mentoring", "/mentors/calibration", "/mentors/activity", "/notifications"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.screenshot({ path: "tests/artifacts/mentors-notifications-phone-dark.png", fullPage: true });
  await page.goto("/invite");
  await page.getByRole("textbox", { name: "Invitation code" }).fill("2345-6789");
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByText(/No invitation has that code/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a mentor reads shared progress, offers, plan and a mock; the candidate sees mentor scores on the mock report", async ({
  browser,
}) => {
  const { candidateCtx, mentorCtx, cand, ment } = await twoPeople(browser);
  await signUpWithApi(cand, { name: "Dana Candidate" });
  await signUpWithApi(ment, { name: "Eli Mentor" });
  await ment.goto("/dashboard");
  // Data through the API, as the pages would write it.
  const api = cand.request;
  expect(
    (
      await api.post("/api/self-assessments", {
        data: {
          assessedOn: "2026-11-02",
          scores: { mlFundamentals: 7, deepLearning: 6, systemDesign: 5, communicationLeadership: 8 },
        },
      })
    ).status(),
  ).toBe(201);
  const inv = (await (
    await api.post("/api/mentors/invitations", {
      data: { scopes: { attempts: true, mocks: true, progress: true, offers: true, plan: true } },
    })
  ).json()) as { code: string };
  const mock = (await (await api.post("/api/mocks", { data: { templateId: "behavioural-30" } })).json()) as {
    mock: { id: string };
  };
  expect((await api.post(`/api/mocks/${mock.mock.id}/finish`, { data: {} })).status()).toBe(200);

  await ment.goto("/invite");
  await ment.getByRole("textbox", { name: "Invitation code" }).fill(inv.code.toLowerCase());
  await ment.getByRole("button", { name: "Accept invitation" }).click();
  await expect(ment.getByRole("heading", { name: "Dana Candidate: shared with you" })).toBeVisible();
  const overviewUrl = ment.url();
  const tabs = ment.getByRole("navigation", { name: "Dana Candidate's shared areas" });
  await tabs.getByRole("link", { name: "Progress" }).click();
  await expect(ment.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(ment.getByText("6.50").first()).toBeVisible();
  await expectNoAxeViolations(ment);
  await tabs.getByRole("link", { name: "Offers" }).click();
  await expect(ment.getByText("Dana Candidate has no offers yet.")).toBeVisible();
  await tabs.getByRole("link", { name: "Career plan" }).click();
  await expect(ment.getByText("Dana Candidate has not made a career plan yet.")).toBeVisible();

  // The mentor opens the mock and reviews its first answer.
  await tabs.getByRole("link", { name: "Shared items" }).click();
  await ment.getByRole("region", { name: "Mock interviews" }).getByRole("link").first().click();
  await expect(ment.getByRole("heading", { name: /Mock interview:/ })).toBeVisible();
  await expectNoAxeViolations(ment);
  await ment.getByRole("region", { name: "Mentor scores per question" }).getByRole("link").first().click();
  const review = ment.getByRole("form", { name: "Your review" });
  // Every point needs a deliberate choice (the sliders start unset).
  await review.getByLabel("Technical accuracy").fill("4");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByText("Choose a score for each of the four evaluation points, then save.")).toBeVisible();
  await expect(review.getByText("Choose a score from 0 to 10 for communication clarity.")).toBeVisible();
  await review.getByLabel("Communication clarity").fill("5");
  await review.getByLabel("Problem-solving approach").fill("5");
  await review.getByLabel("Practical considerations").fill("5");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(ment.getByText("Review saved. Your mentee has been notified.")).toBeVisible();

  // The candidate's mock report shows Eli's score for that question and overall.
  await cand.goto(`/mocks/${mock.mock.id}/report`);
  const scores = cand.getByRole("region", { name: "Mentor scores per question" });
  await expect(scores.getByRole("columnheader", { name: "Eli Mentor" })).toBeVisible();
  await expect(scores.getByRole("row", { name: /Overall/ })).toHaveText(/Overall\s*–\s*4\.75/); // (4 + 5 + 5 + 5) / 4
  await cand.screenshot({ path: "tests/artifacts/mentors-mock-report.png", fullPage: true });
  await expectNoAxeViolations(cand);

  // Progress turned off: the tab goes and the page is not found, at once.
  const ships = (await (await api.get("/api/mentorships")).json()) as { mentors: { id: string }[] };
  expect(
    (await api.patch(`/api/mentorships/${ships.mentors[0]!.id}`, { data: { progress: false } })).status(),
  ).toBe(200);
  const res = await ment.goto(ment.url().replace(/\/attempts\/.*$/, "/progress"));
  expect(res?.status()).toBe(404);

  // The mentor can step down too; the candidate is told.
  await ment.goto(overviewUrl);
  await ment.getByRole("button", { name: "Stop mentoring Dana Candidate" }).click();
  await ment.getByRole("button", { name: "Yes, stop mentoring" }).click();
  await expect(ment.getByText("No mentees yet.")).toBeVisible();
  const notes = (await (await api.get("/api/notifications")).json()) as { items: { text: string }[] };
  expect(notes.items[0]!.text).toBe("Eli Mentor stopped mentoring you.");
  await candidateCtx.close();
  await mentorCtx.close();
});

test("the demo accounts show both sides of mentoring: the mentor's queue and the candidate's calibration", async ({
  browser,
}) => {
  const mentor = await (await browser.newContext()).newPage();
  await signIn(mentor, "mentor@preploop.dev", "practice-makes-progress");
  await expect(mentor.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await mentor.goto("/mentoring");
  const queue = mentor.getByRole("region", { name: "Review queue" });
  const notes = queue.getByRole("listitem");
  await expect(notes).toHaveCount(2);
  // Oldest first: the mock was asked about before the design answer.
  await expect(notes.nth(0)).toContainText("My first timed behavioural and case-study mock");
  await expect(notes.nth(0)).toContainText("waited 2 days");
  await expect(notes.nth(1)).toContainText("Second try at spam detection");
  await expect(notes.nth(1)).toContainText("waited 20 hours");
  await expectNoAxeViolations(mentor);
  // The mock the candidate asked about: their question on top, and the time used per block.
  await notes.nth(0).getByRole("link").click();
  await expect(mentor.getByRole("region", { name: "Time used against time allocated" })).toBeVisible();
  await showCharts(mentor); // the chart loads when scrolled near (components/charts/lazy-chart.tsx)
  await expect(mentor.getByRole("note", { name: "Review request" })).toContainText(
    "where did I lose the most time?",
  );
  await expect(
    mentor
      .getByRole("region", { name: "Time used against time allocated" })
      .locator(".recharts-bar-rectangle")
      .first(),
  ).toBeVisible();
  await mentor.screenshot({ path: "tests/artifacts/mentors-demo-mock.png", fullPage: true });
  await expectNoAxeViolations(mentor);

  const candidate = await (await browser.newContext()).newPage();
  await signIn(candidate, "demo@preploop.dev", "practice-makes-progress");
  await expect(candidate.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await candidate.goto("/mentors/calibration");
  const overall = candidate.getByRole("region", { name: "Overall" });
  await expect(overall).toContainText("+0.57");
  await expect(overall).toContainText("Converging (−0.67)");
  await candidate.screenshot({ path: "tests/artifacts/mentors-demo-calibration.png", fullPage: true });
});
