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
describe("the coverage panel as an HTML string (components/feedback/coverage-html.ts)", () => {
  it.each(COVERAGE_CASES.map((c) => [c.name, c] as const))("%s: the same markup as the JSX panel rendered", (name, c) => {
    const tree = coverageSection(full(c));
    expect(renderToStaticMarkup(toJsxRuntime(tree, { Fragment, jsx, jsxs }))).toBe(golden[name]);
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
