import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./a11y";
import { chooseTheme, signUpWithApi } from "./fixtures";

for (const theme of ["light", "dark"] as const) {
  test(`public and account pages have no axe violations (${theme} theme)`, async ({ page }) => {
    await chooseTheme(page, theme);
    for (const path of ["/", "/sign-in", "/sign-up"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await signUpWithApi(page);
    await page.goto("/profile");
    await expectNoAxeViolations(page);
  });
}

test("the signed-in navigation works on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" }).click();
  // The navigation is done when the new page's title is in (axe once ran in between: no <title>).
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page).toHaveTitle(/Profile/);
  await expectNoAxeViolations(page);
});
