import { toHtml } from "hast-util-to-html";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { createElement as h } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import base from "./fixtures/coverage-panel-base.json";
import { CoveragePanel } from "@/components/feedback/coverage-panel";
import { coverageSection } from "@/components/feedback/coverage-html";
import { COVERAGE_CASES } from "../support/coverage-views";

const golden = base as Record<string, string>;
const full = (c: (typeof COVERAGE_CASES)[number]) => ({ whose: "Your answer", headingLevel: 2 as const, id: "coverage", ...c });

// tests/unit/fixtures/coverage-panel-base.json: what the JSX panel (before issue 20's HTML string)
// rendered for each case, by renderToStaticMarkup.

// Session 12: each status icon is a CSS mask (.status-icon in app/globals.css), no longer an inline
// SVG, and the elements repeated per key point carry one short class (.cov-* there, the same
// utilities applied). The golden markup with every icon replaced by the span that draws the same
// shape (told apart by the SVG's own path) and each repeated element's utility list by its class.
const SHAPES = [
  ["M5.5 10.5l3 3 6-7", "good"],
  ["M10 2a8 8 0 0 1 0 16z", "part"],
  ["M7 7l6 6M13 7l-6 6", "none"],
] as const;
const SVG_ICON = /<svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="mt-0\.5 shrink-0 [^"]*">(.*?)<\/svg>/g;
const CLASSES: Record<string, string> = {
  "flex items-start gap-2": "cov-row",
  "min-w-0": "cov-body",
  "font-semibold text-green-700 dark:text-green-400": "cov-label cov-good",
  "font-semibold text-amber-700 dark:text-amber-300": "cov-label cov-part",
  "font-semibold text-red-700 dark:text-red-400": "cov-label cov-none",
  "ml-1 text-sm": "cov-point",
  "font-medium tabular-nums": "cov-num",
  "text-xs text-slate-600 dark:text-slate-400": "cov-hint",
  "mt-1 border-l-2 border-slate-300 pl-2 text-sm italic text-slate-700 dark:border-slate-600 dark:text-slate-300": "cov-quote",
  "mt-1 text-sm text-slate-700 dark:text-slate-300": "cov-not-found",
  "rounded-sm bg-yellow-100 text-inherit dark:bg-yellow-900/50": "cov-mark",
  "ml-0.5 font-semibold not-italic": "cov-sup",
};
function withShortClasses(html: string): { html: string; icons: number; classes: number } {
  let icons = 0;
  let classes = 0;
  const out = html
    .replace(SVG_ICON, (_, inner: string) => {
      icons++;
      const shape = SHAPES.find(([d]) => inner.includes(`d="${d}"`));
      if (!shape) throw new Error(`an icon of no known shape: ${inner}`);
      return `<span class="status-icon status-icon-${shape[1]}" aria-hidden="true"></span>`;
    })
    .replace(/ class="([^"]*)"/g, (whole, list: string) => {
      const short = CLASSES[list];
      if (!short) return whole;
      classes++;
      return ` class="${short}"`;
    });
  return { html: out, icons, classes };
}

describe("the coverage panel as an HTML string (components/feedback/coverage-html.ts)", () => {
  it.each(COVERAGE_CASES.map((c) => [c.name, c] as const))("%s: the same markup as the JSX panel rendered, icons as masks, short classes", (name, c) => {
    const tree = coverageSection(full(c));
    const expected = withShortClasses(golden[name]!);
    const html = renderToStaticMarkup(toJsxRuntime(tree, { Fragment, jsx, jsxs }));
    expect(html).toBe(expected.html);
    expect(html).not.toContain("<svg");
    expect(html.match(/class="status-icon /g)?.length ?? 0).toBe(expected.icons);
  });

  it("the golden markup's icons and repeated classes are all replaced", () => {
    const all = Object.values(golden).map(withShortClasses);
    expect(all.reduce((n, x) => n + x.icons, 0)).toBe(26);
    expect(all.reduce((n, x) => n + x.classes, 0)).toBeGreaterThan(26 * 3);
    for (const { html } of all) for (const list of Object.keys(CLASSES)) expect(html).not.toContain(`class="${list}"`);
  });

  it("sends the content as the section's inner HTML, with the section's own attributes", () => {
    const c = COVERAGE_CASES[0]!;
    const html = renderToStaticMarkup(h(CoveragePanel, { feedback: c.feedback, answer: c.answer, headingLevel: 4, id: "coverage-3" }));
    expect(html.startsWith('<section aria-labelledby="coverage-3-heading" class="space-y-5" data-testid="coverage-panel"><div><h4 id="coverage-3-heading" class="font-semibold">Key-point coverage</h4>')).toBe(true);
    expect(html).toBe(`<section aria-labelledby="coverage-3-heading" class="space-y-5" data-testid="coverage-panel">${toHtml(coverageSection(full(c)).children)}</section>`);
    const empty = COVERAGE_CASES.find((x) => x.name === "empty")!;
    expect(renderToStaticMarkup(h(CoveragePanel, { feedback: empty.feedback, answer: empty.answer }))).toBe(
      '<section aria-labelledby="coverage-heading" data-testid="coverage-panel"><h2 id="coverage-heading" class="text-lg font-semibold">Key-point coverage</h2><p class="mt-1 text-sm">Nothing was written, so there are no key points to check.</p></section>',
    );
  });

  it("escapes the answer and the key points: nothing from them becomes markup", () => {
    const c = COVERAGE_CASES[0]!;
    const html = toHtml(coverageSection(full(c)).children);
    expect(html).not.toContain("<units>");
    expect(html).not.toContain("<so>");
    expect(html).toContain("Explains zeroing &#x26; rescaling &#x3C;units>");
    expect(html).toContain("<span> with p &#x26; </span>");
    expect(html).toContain(">&#x3C;so> the \"<sup");
  });
});
