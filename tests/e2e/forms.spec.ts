import { type Page, expect, test } from "@playwright/test";
import { selectTextFits, signUpWithApi, uniqueEmail } from "./fixtures";

const topMessage = (page: Page, text: string) => page.getByRole("alert").filter({ hasText: text });

test("sign-up speaks plain sentences: messages at the fields, what to do at the top", async ({ page, browser }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(topMessage(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveAccessibleDescription("Enter your name.");
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Use at least 12 characters.");
  await expect(page.getByText("see fields")).toHaveCount(0);
  await expect(page.getByText(/Invalid input/)).toHaveCount(0);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `tests/artifacts/sign-up-errors-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // An error only the server knows (the email is taken) lands at its field too.
  const email = uniqueEmail("e2e-taken");
  const other = await browser.newPage();
  await signUpWithApi(other, { email });
  await other.close();
  await page.getByLabel("Your name").fill("Second Try");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("An account with this email already exists.");
  await expect(topMessage(page, "An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page.getByLabel("Password")).not.toHaveAttribute("aria-invalid", "true");
});

test("the learning log says what is wrong at each field, from the browser and from the server", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/plan/learning");
  await expect(page.getByRole("heading", { level: 1, name: "Learning log" })).toBeVisible();
  const hours = page.getByLabel("Hours", { exact: true });
  const date = page.getByLabel("Date", { exact: true });

  await page.getByRole("button", { name: "Log hours" }).click();
  await expect(topMessage(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(hours).toHaveAccessibleDescription("Enter the hours as a number, e.g. 1.5.");
  await expect(hours).toBeFocused();

  // A future date passes the shared schema; the server refuses it and the message sits at the date.
  await date.fill("2099-01-01");
  await hours.fill("1.5");
  await page.getByRole("button", { name: "Log hours" }).click();
  await expect(date).toHaveAccessibleDescription(/^Log time up to today \(\d{4}-\d{2}-\d{2}\), not in the future\.$/);
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(topMessage(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByText("see fields")).toHaveCount(0);

  // The category select shows its whole label at both widths.
  const category = page.getByLabel("Category", { exact: true });
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const fits = await selectTextFits(category, 16);
    expect(fits, `category label fits at ${width} px`).toBe(true);
    await page.getByRole("region", { name: "Log learning hours" }).screenshot({ path: `tests/artifacts/learning-form-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  await date.fill(await date.getAttribute("max").then((v) => v ?? ""));
  await page.getByRole("button", { name: "Log hours" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logged 1.5 h." })).toBeVisible();
  await expect(date).not.toHaveAttribute("aria-invalid", "true");
});

test("account actions ask first and say what happened", async ({ page }) => {
  await signUpWithApi(page);
  await page.goto("/profile");
  await expect(page.getByRole("button", { name: "Sign out all other devices" })).toBeDisabled(); // the only device

  await page.getByRole("button", { name: "Sign out on every device" }).click();
  await expect(page.getByText("Sign out on every device, this one included?")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Sign out on every device, this one included?")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible(); // still signed in

  await page.getByRole("button", { name: "Sign out on every device" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out-everywhere$/, { timeout: 30_000 });
  await expect(
    page.getByRole("status").filter({ hasText: "You were signed out on every device. Sign in again to continue here." }),
  ).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile/);
});
