import { expect, test } from "@playwright/test";
import { chooseTheme, signUpWithApi } from "./fixtures";
import { hydrated } from "./hydration";

// The theme is a cookie the server reads (components/layout/theme.ts): a saved choice is in the
// page as served, so it is there at first paint without any script; only a visitor who has not
// chosen gets the small system-theme script (matchMedia, no localStorage).

test("a saved dark choice is drawn by the server (no script needed), survives reloads, and the toggle switches and saves it", async ({
  page,
  browser,
  baseURL,
}) => {
  await chooseTheme(page, "dark");
  for (const path of ["/", "/sign-in"]) {
    const html = await (await page.request.get(path)).text();
    expect(html).toContain('<html lang="en" class="dark"');
    expect(html).not.toContain("prefers-color-scheme");
  }

  // With JavaScript off the page is still dark: what the first paint shows.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await noScript.addCookies([{ name: "theme", value: "dark", url: baseURL! }]);
  const still = await noScript.newPage();
  await still.goto("/sign-in");
  await expect(still.locator("html")).toHaveClass("dark");
  await expect(still.locator("html")).toHaveCSS("color-scheme", "dark");
  await noScript.close();

  await page.goto("/");
  await hydrated(page);
  await expect(page.locator("html")).toHaveClass("dark");
  await page.reload();
  await expect(page.locator("html")).toHaveClass("dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === "theme")?.value).toBe("light");
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await hydrated(page);
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveClass("dark");
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveClass("dark");
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `tests/artifacts/theme-sign-in-${width}-dark.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 }); // the app's toggle is in the bar, not the phone's menu

  // Signed in: the app's pages are drawn dark too, and the app's own toggle saves the choice.
  await signUpWithApi(page);
  await page.goto("/practice");
  await expect(page.locator("html")).toHaveClass("dark");
  await hydrated(page);
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});

test("with no saved choice the system theme is followed; a saved choice wins over it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass("dark");
  await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);

  await chooseTheme(page, "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await hydrated(page);
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
});
