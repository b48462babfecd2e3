import { type Page, type Route, expect } from "@playwright/test";

/**
 * Waits until React has hydrated the page (its props are attached to the DOM): the header and the
 * main content, which hydrates after the header in the signed-in pages (components/ui/hydrate-later.tsx).
 */
export async function hydrated(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const els = [
          document.querySelector("header button, header a"),
          document.querySelector("main button, main a"),
        ].filter((el) => el !== null);
        return els.length > 0 && els.every((el) => Object.keys(el).some((k) => k.startsWith("__reactProps")));
      }),
    )
    .toBe(true);
}

/**
 * From now on every script the page asks for is held until `release()` (a form's lazily loaded
 * checks, for one); `held()` is how many are waiting.
 */
export async function holdScripts(page: Page) {
  const held: Route[] = [];
  let holding = true;
  await page.route(
    (url) => url.pathname.startsWith("/_next/static/") && url.pathname.endsWith(".js"),
    (route) => (holding ? held.push(route) : route.continue()),
  );
  return {
    held: () => held.length,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}
