import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { createElement as h } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { markdownHtml, markdownTree } from "@/lib/markdown/html";

// Sources with every construct the app's Markdown meets, and the ones an attacker would try.
const SOURCES = [
  "Plain paragraph with **bold**, _emphasis_, `code` and a [link](https://example.com/a?b=1&c=2).",
  "# Heading\n\n- one\n- two\n  1. nested\n\n> quote\n\n---\n\nline  \nbreak",
  "| Metric | Value |\n| --- | ---: |\n| p95 | 42 ms |\n\n- [x] done\n- [ ] to do\n\n~~struck~~ https://auto.link",
  "```python\ndef f(x):\n    return x * 2  # doubled\n```\n\n```\nno language\n```\n\n```made-up-lang\nx\n```",
  "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nInline <b onclick=\"x()\">html</b> & ampersand < less",
  "[js](javascript:alert(1)) [data](data:text/html,<b>x</b>) [vb](VBScript:msgbox) ![img](javascript:alert(2)) [rel](/questions?q=a'b\"c)",
  "S — Situation: “quotes”, émoji 🙂, non-breaking\u00a0space, tab\there",
  "",
];

/** What <Markdown> renders inside its wrapper, from our tree: equal only if the trees are equal. */
function viaReact(source: string) {
  return renderToStaticMarkup(
    h("div", { className: "markdown " }, toJsxRuntime(markdownTree(source), { Fragment, jsx, jsxs, passKeys: true, ignoreInvalidStyle: true })),
  );
}

describe("Markdown as an HTML string (lib/markdown/html.ts)", () => {
  it.each(SOURCES.map((s, i) => [i, s]))("source %i: the same tree as <Markdown> (react-markdown) renders", (_i, source) => {
    expect(viaReact(source as string)).toBe(renderToStaticMarkup(h(Markdown, null, source as string)));
  });

  it("shows raw HTML as text and drops unsafe URLs: nothing in the string runs", () => {
    const html = markdownHtml(SOURCES[4]! + "\n\n" + SOURCES[5]!);
    // Only the parser's own tags: no tag from the source, and no event handler in any tag.
    expect(html).not.toMatch(/<(script|b\s|img src="x")/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(html).toContain("<p>Inline &#x3C;b onclick=\"x()\">html&#x3C;/b> &#x26; ampersand &#x3C; less</p>");
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
    expect(html).not.toMatch(/src="javascript:/i);
    expect(html).toContain('<a href="">js</a> <a href="">data</a> <a href="">vb</a> <img alt="img">');
    expect(html).toContain('<a href="/questions?q=a&#x27;b%22c">rel</a>');
  });

  it("keeps code highlighted and wide code focusable, and wraps in the markdown class", () => {
    const html = renderToStaticMarkup(h(MarkdownHtml, { className: "mt-2", children: SOURCES[3]! }));
    expect(html.startsWith('<div class="markdown mt-2"><pre tabindex="0"><code class="hljs language-python">')).toBe(true);
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('<pre tabindex="0"><code>no language\n</code></pre>');
  });
});
