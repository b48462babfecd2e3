import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { finishedMockWithOneAnswer, signUpWithApi } from "./fixtures";
import { holdScripts } from "./hydration";

// Issue 20: the mock report sends each model answer when it is opened, not with the page
// (components/mocks/model-answer.tsx; decision 0025, Session 11). The page's document no longer
// carries them nor their key points; opening one shows them, even when opened before the page's code ran;
// without scripts, its link asks the server for the report with that model answer open.

/** The first 40 characters of the fragment's first run of plain text (no markup, entity or line break in it). */
const firstWords = (html: string) => />([^<&\n]{20,})/.exec(html)?.[1]?.trim().slice(0, 40) ?? "";

test("the report's model answers come when opened, also before hydration and without scripts", async ({ page, browser }) => {
  await signUpWithApi(page);
  const mockId = await finishedMockWithOneAnswer(page);
  const api = await page.request.get(`/api/mocks/${mockId}/answers/0/model-answer`);
  expect(api.status()).toBe(200);
  const { modelAnswer } = (await api.json()) as { modelAnswer: { html: string } };
  const snippet = firstWords(modelAnswer.html);
  expect(snippet.length).toBeGreaterThanOrEqual(20);

  // Not in the page's document (neither as HTML nor in the payload).
  const doc = await (await page.request.get(`/mocks/${mockId}/report`)).text();
  expect(doc).not.toContain(modelAnswer.html.slice(0, 80));

  // Opened while the page's code is held back: the toggle happens before hydration; the answer
  // comes once the code has run.
  const held = await holdScripts(page);
  await page.goto(`/mocks/${mockId}/report`, { waitUntil: "domcontentloaded" });
  const first = page.locator('section[aria-labelledby="answer-0"]');
  await first.getByText("Show the model answer").click();
  await expect(page.locator("#model-answer-0")).toHaveAttribute("open", "");
  await expect.poll(() => held.held()).toBeGreaterThan(0);
  await held.release();
  await expect(page.locator("#model-answer-0 .markdown")).toContainText(snippet);
  // Its key points come with it (the score form's list, drawn in the browser once opened).
  await expect(page.locator("#model-answer-0").getByRole("list", { name: "Must-have key points" }).getByRole("listitem").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Opened after hydration: one request, then the text.
  const second = page.locator('section[aria-labelledby="answer-1"]');
  const asked = page.waitForRequest((r) => r.url().endsWith(`/api/mocks/${mockId}/answers/1/model-answer`));
  await second.getByText("Show the model answer").click();
  await asked;
  await expect(page.locator("#model-answer-1 .markdown")).not.toBeEmpty();
  await page.screenshot({ path: "tests/artifacts/mocks-model-answer-1280.png" });

  // Without scripts: the link reloads the report with that model answer in it, open.
  const noScript = await browser.newContext({ baseURL: new URL(page.url()).origin, javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.setViewportSize({ width: 375, height: 800 });
  await plain.goto(`/mocks/${mockId}/report`);
  const plainFirst = plain.locator('section[aria-labelledby="answer-0"]');
  // The score form needs scripts to send: the report says so in its place (a <noscript> line,
  // which getByText does not search), with no space kept for a form that will not come.
  const noScriptLine = plainFirst.locator("noscript p");
  await expect(noScriptLine).toBeVisible();
  await expect(noScriptLine).toHaveText("Scoring an answer needs JavaScript: turn it on in your browser to score this one.");
  expect((await noScriptLine.locator("xpath=../..").boundingBox())!.height).toBeLessThan(200);
  await expect(plainFirst.getByRole("slider")).toHaveCount(0);
  await plainFirst.getByText("Show the model answer").click();
  await plainFirst.getByRole("link", { name: "Load the model answer" }).click();
  await expect(plain).toHaveURL(new RegExp(`/mocks/${mockId}/report\\?model=0#model-answer-0$`));
  await expect(plain.locator("#model-answer-0")).toHaveAttribute("open", "");
  await expect(plain.locator("#model-answer-0 .markdown")).toContainText(snippet);
  await expect(plain.locator("#model-answer-0").getByRole("list", { name: "Must-have key points" }).getByRole("listitem").first()).toBeVisible();
  await plain.screenshot({ path: "tests/artifacts/mocks-model-answer-375-noscript.png" });
  await noScript.close();
});
