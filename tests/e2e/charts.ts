import { type Page, expect } from "@playwright/test";

/**
 * The dashboard's charts load when they come near the screen (components/progress/lazy-charts.tsx):
 * scrolls each one into view, top to bottom, and waits until it is drawn.
 */
export async function showCharts(page: Page) {
  const boxes = page.locator("[data-lazy-chart]");
  // Every caller's page has charts, drawn only once its content has hydrated (the dashboard's
  // history even after that): counted before then, there would be none to scroll to.
  await expect(boxes.first()).toBeAttached();
  // The dashboard's history adds its sections one per frame (components/progress/history.tsx).
  await expect(page.locator('[data-history="loading"]')).toHaveCount(0);
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    await boxes.nth(i).scrollIntoViewIfNeeded();
    await expect(boxes.nth(i).locator(".recharts-surface").first()).toBeVisible();
  }
  await expect(page.getByText("Loading chart…")).toHaveCount(0);
  // Scrolling can bring a chart under the resting mouse pointer, which opens its tooltip: move it off.
  await page.mouse.move(0, 0);
  await expect(page.locator(".recharts-tooltip-wrapper").filter({ visible: true })).toHaveCount(0);
}
