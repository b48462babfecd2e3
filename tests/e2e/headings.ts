import { type Page, expect } from "@playwright/test";

/** The page's visible headings never skip a level going down (h1 → h3): Lighthouse's heading-order audit. */
export async function expectHeadingOrder(page: Page) {
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
      .filter((h) => (h as HTMLElement).offsetParent !== null)
      .map((h) => `${h.tagName} ${h.textContent?.trim().slice(0, 40)}`),
  );
  for (let i = 1; i < levels.length; i++) {
    const [prev, cur] = [Number(levels[i - 1]![1]), Number(levels[i]![1])];
    expect(cur - prev, `heading "${levels[i]}" after "${levels[i - 1]}"`).toBeLessThanOrEqual(1);
  }
}
