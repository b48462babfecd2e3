import { expect, type Page, test } from "@playwright/test";
import { signUpWithApi } from "./fixtures";

async function expectSkipLinkFirst(page: Page) {
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible(); // shown while focused
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await expect(page).toHaveURL(/#main$/);
}

test("the skip link is the first Tab stop on public and signed-in pages and jumps to the main content", async ({ page }) => {
  await page.goto("/sign-in");
  await expectSkipLinkFirst(page);
  await signUpWithApi(page);
  await page.goto("/assessment");
  await expectSkipLinkFirst(page);
});

test("pages link an icon and a web manifest, and no request answers 404", async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await signUpWithApi(page);
  await page.goto("/dashboard");
  await expect(page.locator("main#main")).toBeVisible();

  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\//);
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toMatch(/image\/svg\+xml/);
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: "PrepLoop", icons: expect.arrayContaining([expect.objectContaining({ src: "/icon.svg" })]) as unknown });
  expect(missing).toEqual([]);
});
