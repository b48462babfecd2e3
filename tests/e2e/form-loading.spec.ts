import { expect, test } from "@playwright/test";
import { PASSWORD, signInWithApi, uniqueEmail } from "./fixtures";
import { holdScripts, hydrated } from "./hydration";

// Issue 20, Lighthouse mobile (decision 0025, "Session 8"): a form's checks (zod, its schema and
// the zod resolver) load when the form is first used, not with the page
// (lib/client/lazy-resolver.ts), and links in long lists do not prefetch their pages at start-up.
// Fails on the old code: the sign-in form fetched no script when focused (zod came with the
// page; since session 9 react-hook-form and the interactive form come on first use too), and /questions and /practice fetched one `?_rsc=` prefetch per listed link.

test("sign-in submitted before its checks have loaded waits for them, then signs in", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("e2e-lazy");
  const created = await request.post("/api/accounts", {
    data: { email, password: PASSWORD, displayName: "Lazy Form" },
  });
  expect(created.status()).toBe(201);

  await page.goto("/sign-in");
  await hydrated(page);
  // From here every script the page asks for is held until released.
  const scripts = await holdScripts(page);

  await page.getByLabel("Email").fill(email); // the first focus starts the load…
  await expect.poll(() => scripts.held()).toBeGreaterThan(0); // …which is a script not loaded with the page
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Password").press("Enter"); // submitted at once, before the checks are in
  const button = page.getByRole("button", { name: "Signing in…" });
  await expect(button).toBeDisabled();
  await expect(page).toHaveURL(/\/sign-in$/);

  await scripts.release();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("an empty sign-in submitted before the checks load still shows each field's message", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await hydrated(page);
  const scripts = await holdScripts(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Signing in…" })).toBeDisabled();
  await expect.poll(() => scripts.held()).toBeGreaterThan(0);
  await scripts.release();
  await expect(
    page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." }),
  ).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
});

test("sign-in's first paint has no react-hook-form: what is typed before the form loads is kept, with the focus and the caret", async ({
  page,
  request,
}) => {
  // Session 9 (decision 0025): the page paints the form's markup with plain inputs; its first use
  // loads the interactive form (lib/client/form-on-first-use.tsx), which replaces those inputs.
  const email = uniqueEmail("e2e-first-use");
  const created = await request.post("/api/accounts", {
    data: { email, password: PASSWORD, displayName: "First Use" },
  });
  expect(created.status()).toBe(201);

  await page.goto("/sign-in");
  await hydrated(page);
  const scripts = await holdScripts(page);
  const emailField = page.getByLabel("Email");
  // Marks the first paint's input, to see when the interactive form has replaced it.
  await emailField.evaluate((el) => el.setAttribute("data-first-paint", ""));
  const [user, domain] = email.split("@");
  await emailField.pressSequentially(`${user}@`); // the first focus starts the load, held here
  await expect.poll(() => scripts.held()).toBeGreaterThan(0);
  await expect(page.locator("[data-first-paint]")).toHaveCount(1); // nothing has replaced it yet
  await page.screenshot({ path: "tests/artifacts/sign-in-first-paint.png" });

  await scripts.release();
  await expect(page.locator("[data-first-paint]")).toHaveCount(0); // the interactive form is in
  await expect(emailField).toHaveValue(`${user}@`);
  await expect(emailField).toBeFocused();
  await page.screenshot({ path: "tests/artifacts/sign-in-interactive.png" }); // the same picture
  await page.keyboard.type(domain!); // the caret stayed at the end of what was typed
  await expect(emailField).toHaveValue(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the question list and the practice page prefetch none of their listed items' pages at start-up", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await signInWithApi(page, "demo@preploop.dev", "practice-makes-progress");
  for (const path of ["/questions", "/practice"]) {
    const prefetches: string[] = [];
    const rsc: string[] = [];
    // One page per listed item (a question, an attempt, an interview; not "/questions/new", a
    // section link): none fetched before a click.
    const onRequest = (r: { url: () => string }) => {
      if (/\/(questions|practice\/attempts|practice\/interviews)\/(?!new\?)[^/?]+\?_rsc=/.test(r.url()))
        prefetches.push(r.url());
      if (r.url().includes("_rsc=")) rsc.push(new URL(r.url()).pathname);
    };
    page.on("request", onRequest);
    await page.goto(path);
    await hydrated(page);
    await page.waitForLoadState("networkidle");
    page.off("request", onRequest);
    expect([path, prefetches]).toEqual([path, []]);
    // Nor the question list from /practice ("Choose another") or the new-question form and the
    // other result pages from /questions, nor the navigation's logo and bell (session 10):
    // dynamic pages, an empty shell each. Nothing at all is prefetched.
    expect([path, rsc]).toEqual([path, []]);
    if (path === "/practice") {
      // Nor the area's tabs (components/ui/sub-nav.tsx): each was an empty dynamic shell.
      const tabs = await page
        .getByRole("navigation", { name: "Practice" })
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(tabs.length).toBeGreaterThan(2);
      expect(rsc.filter((p) => tabs.includes(p))).toEqual([]);
    }
    await page.screenshot({ path: `tests/artifacts/start-${path.slice(1)}-375.png`, fullPage: true });
  }
  // On a wide screen the main navigation's links are in view too, and the dashboard's own links
  // (the review queue, "Start a practice session"): none is prefetched.
  await page.setViewportSize({ width: 1280, height: 800 });
  const navRsc: string[] = [];
  const onNavRequest = (r: { url: () => string }) => {
    if (r.url().includes("_rsc=")) navRsc.push(new URL(r.url()).pathname);
  };
  page.on("request", onNavRequest);
  await page.goto("/dashboard");
  await hydrated(page);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  page.off("request", onNavRequest);
  expect(navRsc).toEqual([]);
  // A listed question still opens on click (fetched then, not before).
  await page.goto("/questions");
  await hydrated(page);
  const first = page.getByRole("region", { name: "Results" }).getByRole("listitem").first().getByRole("link");
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/questions\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
