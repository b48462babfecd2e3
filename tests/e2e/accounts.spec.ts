import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./fixtures";

test("a new user signs up, signs out, signs in and edits the profile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Prepare for AI/ML engineering interviews");
  await page.getByRole("link", { name: "Create a free account" }).click();

  const { email } = await signUp(page, { name: "Ada Lovelace" });
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible(); // the signed-in home page
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Ada Lovelace");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Create a free account" })).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible(); // back where they were going

  await page.getByLabel("Target role").fill("Machine Learning Engineer");
  await page.getByLabel("Target level").selectOption({ label: "Senior" });
  await page.getByLabel("Region").selectOption({ label: "Europe (major tech hubs)" });
  await page.getByLabel("Years of experience").fill("6");
  await page.getByLabel("Next interview date").fill("2027-01-20");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Target role")).toHaveValue("Machine Learning Engineer");
  await expect(page.getByLabel("Target level")).toHaveValue("SENIOR");
  await expect(page.getByLabel("Region")).toHaveValue("EUROPE");
  await expect(page.getByLabel("Years of experience")).toHaveValue("6");
  await expect(page.getByLabel("Next interview date")).toHaveValue("2027-01-20");
});

test("sign-up shows a message per field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
});

test("repeated wrong passwords are throttled with a clear message", async ({ page, browser }) => {
  const email = uniqueEmail("e2e-throttle");
  const owner = await browser.newPage();
  await signUp(owner, { email });
  await owner.close();

  const firstFailure = Date.now();
  for (let i = 1; i <= 5; i++) {
    await signIn(page, email, `wrong password number ${i}`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await signIn(page, email, PASSWORD);
  // The window is 15 minutes from the first failure: on a slow machine a minute of it may already be gone.
  const message = page.getByText(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
  await expect(message).toBeVisible();
  const minutes = Number((await message.textContent())!.match(/in (\d+) minute/)![1]);
  expect(minutes).toBeLessThanOrEqual(15);
  expect(minutes).toBeGreaterThanOrEqual(15 - Math.ceil((Date.now() - firstFailure) / 60_000));
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a user downloads their data and deletes their account", async ({ page }) => {
  const { email } = await signUp(page);
  await page.goto("/profile");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download all my data (JSON)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^preploop-export-\d{4}-\d{2}-\d{2}\.json$/);

  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Your password").fill("not the password!!");
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(page.getByLabel("Your password")).toHaveAccessibleDescription("That is not your password.");
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await page.getByLabel("Your password").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  // The redirect lands on sign-in, which says what happened.
  await expect(page).toHaveURL(/\/sign-in\?notice=deleted$/, { timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your account was deleted." })).toBeVisible();

  await signIn(page, email);
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});
