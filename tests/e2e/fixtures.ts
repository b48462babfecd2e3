import { type Locator, type Page, test as base, expect } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(tag = "e2e") {
  return `${tag}-${randomUUID().slice(0, 8)}@test.preploop.dev`;
}

/** Signs up through the real form, as a new user would; ends signed in. */
export async function signUp(page: Page, { name = "Playwright User", email = uniqueEmail() } = {}) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("banner").getByText(name)).toBeAttached({ timeout: 30_000 }); // hashing + sign-in are slow on a loaded machine
  return { email, name };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs `page`'s browser context in through next-auth's credentials endpoint (no form). */
export async function signInWithApi(page: Page, email: string, password = PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  expect(csrf.ok()).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
  });
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  expect(res.ok(), `sign-in answered ${res.status()}`).toBe(true);
  // next-auth answers a refused sign-in with 200 and `?error=` in the URL it gives.
  expect(body.url, "sign-in was refused").toBeTruthy();
  expect(new URL(body.url!).searchParams.get("error"), "sign-in was refused").toBeNull();
}

export type FreshUser = { id: string; email: string; name: string; password: string };

/** Creates an account through the sign-up API and signs `page` in through the credentials API. */
export async function signUpWithApi(page: Page, { name = "Playwright User", email = uniqueEmail() } = {}): Promise<FreshUser> {
  const res = await page.request.post("/api/accounts", { data: { email, password: PASSWORD, displayName: name } });
  expect(res.status(), `sign-up answered ${res.status()}: ${await res.text()}`).toBe(201);
  const { user } = (await res.json()) as { user: { id: string } };
  await signInWithApi(page, email);
  return { id: user.id, email, name, password: PASSWORD };
}

/**
 * Makes `mentor` the mentor of `candidate` through the API, as an invitation accepted: the
 * candidate invites (sharing attempts and mocks, `progress` as asked), the mentor accepts.
 */
export async function mentorshipWithApi(candidate: Page, mentor: Page, { progress = false } = {}) {
  const inv = await candidate.request.post("/api/mentors/invitations", {
    data: { scopes: { attempts: true, mocks: true, progress, offers: false, plan: false } },
  });
  expect(inv.status()).toBe(201);
  const token = ((await inv.json()) as { path: string }).path.split("/").pop();
  expect((await mentor.request.post("/api/invitations/accept", { data: { token } })).status()).toBe(200);
}

/**
 * `freshUser`: a new user (as right after sign-up: no profile, no data), signed in through
 * the API, so a test starts on its own subject instead of clicking through sign-up
 * (accounts.spec.ts keeps that journey). Its display name is the `userName` option:
 * `test.use({ userName: "Grace Hopper" })`. (Playwright's loader cannot load the generated
 * Prisma client, so the e2e fixture goes through the app's API, not tests/factories/.)
 */
export const test = base.extend<{ userName: string; freshUser: FreshUser }>({
  userName: ["Playwright User", { option: true }],
  freshUser: async ({ page, userName }, provide) => {
    await provide(await signUpWithApi(page, { name: userName }));
  },
});

/**
 * Whether a select's chosen option text fits inside it, `spare` px kept free beyond its padding
 * (Chromium keeps about 16 px for its arrow before it cuts the text).
 */
export async function selectTextFits(select: Locator, spare = 0) {
  return select.evaluate((el: HTMLSelectElement, spare: number) => {
    const probe = document.createElement("span");
    const style = getComputedStyle(el);
    probe.style.font = style.font;
    probe.style.position = "absolute";
    probe.style.whiteSpace = "nowrap";
    probe.textContent = el.selectedOptions[0]?.text ?? "";
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - spare;
    return text <= room;
  }, spare);
}

/** The four evaluation points' fields, in the guide's order (self-scoring and mentor review forms). */
const SCORE_LABELS = ["Technical accuracy", "Communication clarity", "Problem-solving approach", "Practical considerations"];

/** Fills the four evaluation points of a scoring form, in the guide's order. */
export async function fillScores(form: Locator, scores: readonly [number, number, number, number]) {
  for (const [i, label] of SCORE_LABELS.entries()) await form.getByLabel(label).fill(String(scores[i]));
}

/**
 * A finished short mock (behavioural-30) with one written STAR answer, its first question: the
 * others are blank (blank answers have no score form). Returns the mock's id.
 */
export async function finishedMockWithOneAnswer(page: Page): Promise<string> {
  const res = await page.request.post("/api/mocks", { data: { templateId: "behavioural-30" } });
  expect(res.status()).toBe(201);
  const { mock } = (await res.json()) as { mock: { id: string; questions: { version: number }[] } };
  const star = { situation: "A launch slipped.", task: "Own the fix.", action: "Cut scope.", result: "Shipped a week late." };
  expect((await page.request.put(`/api/mocks/${mock.id}/answers/0`, { data: { answer: star, version: mock.questions[0]!.version } })).status()).toBe(200);
  expect((await page.request.post(`/api/mocks/${mock.id}/finish`, { data: {} })).status()).toBe(200);
  return mock.id;
}

/**
 * Saves a theme choice as the theme toggle does (the `theme` cookie, components/layout/theme.ts):
 * the next page load is drawn in it by the server.
 */
export async function chooseTheme(page: Page, theme: "dark" | "light") {
  const url = base.info().project.use.baseURL;
  if (!url) throw new Error("chooseTheme needs the project's baseURL");
  await page.context().addCookies([{ name: "theme", value: theme, url }]);
}
