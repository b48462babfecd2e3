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
// SVG. The golden markup with every icon replaced by the span that draws the same shape, told
// apart by the SVG's own path; the tone's colour classes stay.
const SHAPES = [
  ["M5.5 10.5l3 3 6-7", "good"],
  ["M10 2a8 8 0 0 1 0 16z", "part"],
  ["M7 7l6 6M13 7l-6 6", "none"],
] as const;
const SVG_ICON = /<svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false" class="mt-0\.5 shrink-0 ([^"]*)">(.*?)<\/svg>/g;
function withMaskIcons(html: string): { html: string; icons: number } {
  let icons = 0;
  const out = html.replace(SVG_ICON, (_, colour: string, inner: string) => {
    icons++;
    const shape = SHAPES.find(([d]) => inner.includes(`d="${d}"`));
    if (!shape) throw new Error(`an icon of no known shape: ${inner}`);
    return `<span class="status-icon status-icon-${shape[1]} mt-0.5 ${colour}" aria-hidden="true"></span>`;
  });
  return { html: out, icons };
}

describe("the coverage panel as an HTML string (components/feedback/coverage-html.ts)", () => {
  it.each(COVERAGE_CASES.map((c) => [c.name, c] as const))("%s: the same markup as the JSX panel rendered, icons as masks", (name, c) => {
    const tree = coverageSection(full(c));
    const expected = withMaskIcons(golden[name]!);
    const html = renderToStaticMarkup(toJsxRuntime(tree, { Fragment, jsx, jsxs }));
    expect(html).toBe(expected.html);
    expect(html).not.toContain("<svg");
    expect(html.match(/class="status-icon /g)?.length ?? 0).toBe(expected.icons);
  });

  it("the golden markup's icons are all replaced (26 SVGs of the three shapes)", () => {
    const icons = Object.values(golden).reduce((n, html) => n + withMaskIcons(html).icons, 0);
    expect(icons).toBe(26);
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
