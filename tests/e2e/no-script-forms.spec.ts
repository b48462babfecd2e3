// A form submitted before the page's scripts have run (slow phone, blocked script) is the
// browser's own submit. The forms that carry a password post (method="post"): the password must
// never land in the address bar, the history or a server's access log as ?password=.
import { expect, test } from "@playwright/test";

test("with no scripts, submitting sign-in or sign-up posts the form: no password in any URL", async ({ page }) => {
  await page.route(/\.js(\?|$)/, (r) => r.abort());
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    const password = page.getByLabel("Password", { exact: true });
    await page.getByLabel("Email").fill("nobody@example.com");
    await password.fill("correct horse battery staple");
    const submit = page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame() && new URL(r.url()).pathname === path);
    await password.press("Enter");
    const req = await submit;
    expect(req.method(), path).toBe("POST");
    expect(req.url(), path).not.toContain("password");
    expect(req.url(), path).not.toContain("correct");
    // The page answers the post like a visit (the scripts, once they run, submit through the API).
    const res = await req.response();
    expect(res?.status(), path).toBe(200);
    await expect(page.getByLabel("Email")).toBeVisible();
  }
});
