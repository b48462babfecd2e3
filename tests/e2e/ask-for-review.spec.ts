import { expect, test } from "@playwright/test";
import { finishedMockWithOneAnswer, mentorshipWithApi, signUpWithApi } from "./fixtures";
import { holdScripts, hydrated } from "./hydration";

// Session 12 (decision 0025): "Ask for a review" is light until used. Its first paint is the form's
// markup with plain fields (components/mentors/ask-for-review.tsx); the first use loads the live form
// (react-hook-form), which takes over the mentor and note chosen and a submit made meanwhile. Before,
// on the report, it was a lazily loaded component and a click made before its code arrived was lost.
test("the report's \"Ask for a review\" sent before its form's code has arrived is sent once it arrives", async ({
  browser,
  page,
}) => {
  const mentor = await browser.newPage();
  await signUpWithApi(page, { name: "Cara Asks" });
  await signUpWithApi(mentor, { name: "Max Reviews" });
  await mentorshipWithApi(page, mentor);
  const mockId = await finishedMockWithOneAnswer(page);

  await page.goto(`/mocks/${mockId}/report`);
  await hydrated(page);
  const scripts = await holdScripts(page);
  const ask = page.getByRole("form", { name: "Ask for a review" });
  await ask.getByLabel("Mentor").evaluate((el) => el.setAttribute("data-first-paint", ""));
  await ask.getByLabel("Note (optional)").fill("Is the STAR order clear?"); // the first use: its load is held
  await expect.poll(() => scripts.held()).toBeGreaterThan(0);
  await ask.getByRole("button", { name: "Ask for a review" }).click();
  await expect(ask.getByRole("button", { name: "Sending…" })).toBeDisabled(); // waiting for its code
  await expect(page.locator("[data-first-paint]")).toHaveCount(1);

  await scripts.release();
  await expect(page.getByText("Sent to Max Reviews's review queue.")).toBeVisible();
  await expect(page.getByText(/Asked Max Reviews on/)).toBeVisible();
  await expect(page.locator("[data-first-paint]")).toHaveCount(0); // the live form took over

  // The mentor has it, with the note typed before the form's code arrived.
  await mentor.goto("/mentoring");
  const queue = mentor.getByRole("region", { name: "Review queue" });
  await expect(queue.getByText("“Is the STAR order clear?”")).toBeVisible();
  await mentor.close();
});
