import { expect } from "@playwright/test";
import { PASSWORD, signIn, test } from "./fixtures";

const NEW_PASSWORD = "my new e2e passphrase 9";

test("the device list shows each sign-in; changing the password signs the other device out", async ({ page, browser, freshUser: { email } }) => {
  await page.goto("/dashboard");
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, email);
  await expect(other.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.goto("/profile");
  const devices = page.getByRole("region", { name: "Signed-in devices" }).getByRole("listitem");
  await expect(devices).toHaveCount(2);
  await expect(devices.filter({ hasText: "This device" })).toContainText("Chrome on Windows");

  await page.getByLabel("Current password").fill("not my password!!");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. 1 other session signed out.")).toBeVisible();

  await other.goto("/profile");
  await expect(other).toHaveURL(/\/sign-in\?next=%2Fprofile/);
  await laptop.close();

  await page.reload();
  await expect(devices).toHaveCount(1);
  await page.getByRole("button", { name: "Sign out", exact: true }).first().click();
  await expect(page.getByRole("link", { name: "Create a free account" })).toBeVisible();
  await signIn(page, email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("a user signs out another device from the list", async ({ page, browser, freshUser: { email } }) => {
  await page.goto("/dashboard");
  const phoneContext = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
  });
  const phone = await phoneContext.newPage();
  await signIn(phone, email);
  await expect(phone.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.goto("/profile");
  const row = page.getByRole("listitem").filter({ hasText: "Safari on iOS" });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: /^Sign out Safari on iOS/ }).click();
  await expect(row).toHaveCount(0);
  await phone.goto("/profile");
  await expect(phone).toHaveURL(/\/sign-in/);
  await phoneContext.close();
});

test("forgot password: the sign-in page links to it and the answer never says whether the email exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill("nobody-here@test.preploop.dev");
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText("If an account uses that email, we have sent it a link")).toBeVisible();

  await page.goto("/reset-password?token=short");
  await expect(page.getByText("This reset link is incomplete.")).toBeVisible();
});

test("the demo account explains what it cannot do", async ({ page }) => {
  await signIn(page, "demo@preploop.dev", "practice-makes-progress");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/profile");
  await expect(page.getByText("This is the shared demo account")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out on every device" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot sign other visitors out" })).toBeVisible();
});
