import { type Page, expect, test } from "@playwright/test";
import { showCharts } from "./charts";
import { signIn } from "./fixtures";
import { hydrated } from "./hydration";

// The nonce-based CSP (proxy.ts, lib/csp.ts): every page works without a single CSP
// violation, and a script the server did not nonce does not run.

type Violation = { directive: string; blocked: string; sample: string };

/** Collects CSP violations (DOM event and console) from the first document on. */
async function watchCsp(page: Page) {
  const seen: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(msg.text())) seen.push(msg.text());
  });
  page.on("pageerror", (err) => seen.push(`page error: ${err.message}`));
  return async () => [
    ...seen,
    ...(await page.evaluate(() =>
      (window as unknown as { __csp: Violation[] }).__csp.map((v) => JSON.stringify(v)),
    )),
  ];
}

const PAGES = [
  "/dashboard",
  "/questions",
  "/practice",
  "/practice/quiz",
  "/practice/journal",
  "/practice/interviews",
  "/mocks",
  "/assessment",
  "/offers",
  "/offers/compare",
  "/offers/negotiation",
  "/offers/new",
  "/plan",
  "/plan/learning",
  "/plan/portfolio",
  "/plan/tracks",
  "/mentors",
  "/mentoring",
  "/notifications",
  "/profile",
  "/invite",
];

test("the main pages, signed in, load and hydrate with no CSP violation", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ["/", "/sign-up"]) {
    await page.goto(path);
    await hydrated(page);
  }
  await signIn(page, "demo@preploop.dev", "practice-makes-progress");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  for (const path of PAGES) {
    const res = await page.goto(path);
    expect([path, res?.status()]).toEqual([path, 200]);
    await expect(page.locator("h1").first(), path).toBeVisible();
    await hydrated(page);
  }
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await hydrated(page);
  // Client-side navigation loads more chunks (allowed through 'strict-dynamic').
  await page.goto("/dashboard");
  await hydrated(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Offers" }).click();
  await expect(page).toHaveURL(/\/offers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Offers" })).toBeVisible();
  // The dashboard renders its (lazily loaded) charts.
  await page.goto("/dashboard");
  await showCharts(page);
  expect(await violations()).toEqual([]);
});

test("an injected inline script without the nonce does not run; the page still works", async ({ page }) => {
  const violations = await watchCsp(page);
  // Serve /sign-in as an attacker's stored markup would: one script without the nonce
  // and, as a control, one that copies this response's nonce.
  await page.route("**/sign-in", async (route) => {
    const res = await route.fetch();
    const csp = res.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    const body = (await res.text()).replace(
      "</body>",
      `<script>window.__injected = true</script><script nonce="${nonce}">window.__nonced = true</script>` +
        `<img alt="" src="/x.png" onerror="window.__handler = true"></body>`,
    );
    await route.fulfill({ response: res, body });
  });
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __nonced?: boolean }).__nonced))
    .toBe(true);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __injected?: boolean; __handler?: boolean };
    return { injected: w.__injected ?? false, handler: w.__handler ?? false };
  });
  expect(ran).toEqual({ injected: false, handler: false });
  const seen = await violations();
  expect(seen.some((v) => v.includes("script-src"))).toBe(true);
  // Next's own (nonced) scripts still ran: the page hydrated.
  await hydrated(page);
});

test("zod never tries eval in the browser: a page with a form loads without an eval violation", async ({
  page,
}) => {
  // zod 4 probes `new Function("")` on its first parse unless jitless (instrumentation-client.ts);
  // the CSP refuses it, which Chrome reports as a CSP issue (Lighthouse best practices 96).
  const violations = await watchCsp(page);
  await page.goto("/sign-in");
  await hydrated(page);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  expect(await violations()).toEqual([]);
});
