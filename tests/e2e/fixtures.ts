import { type Page, expect } from "@playwright/test";
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
