// The dashboard's static markup (components/progress/markup.ts): the tables and the activity
// calendar as one HTML string each. React's own server renderer is the oracle: the string must
// be exactly what React renders for the same elements (same DOM, same escaping).
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fmtScore } from "@/components/progress/labels";
import { LEVEL_CLASS, escapeHtml, heatmapHtml, markupOf, tableHtml } from "@/components/progress/markup";
import { formatDate } from "@/lib/calendar/dates";
import { heatmapOf } from "@/lib/progress/heatmap";

describe("escapeHtml", () => {
  it("escapes the five characters React escapes, and nothing else", () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot; &amp; &#x27;y&#x27;)&lt;/script&gt;");
    expect(escapeHtml("Week of – 6.25 / 10")).toBe("Week of – 6.25 / 10");
    expect(escapeHtml(42)).toBe("42");
  });
});

describe("tableHtml", () => {
  const caption = `Weekly readiness: self & "practice"`;
  const head = ["Week of", "Self-assessment", "<Readiness>"];
  const rows = [
    ["30 Nov 2026", "6.5", "Good"],
    ["7 Dec 2026", "<img src=x onerror=alert(1)>", 3],
  ];

  it("is what React renders for the same caption, header and rows", () => {
    const react = renderToStaticMarkup(
      h(
        "table",
        null,
        h("caption", { className: "sr-only" }, caption),
        h("thead", null, h("tr", null, ...head.map((x) => h("th", { key: x, scope: "col" }, x)))),
        h("tbody", null, ...rows.map((r, i) => h("tr", { key: i }, ...r.map((c, j) => h("td", { key: j }, c))))),
      ),
    );
    expect(`<table>${tableHtml(caption, head, rows)}</table>`).toBe(react);
  });

  it("keeps an empty body for no rows", () => {
    expect(tableHtml("c", ["A"], [])).toBe('<caption class="sr-only">c</caption><thead><tr><th scope="col">A</th></tr></thead><tbody></tbody>');
  });
});

describe("heatmapHtml", () => {
  // Wednesday 2 Dec 2026: the last week has Monday-Wednesday and four empty days.
  const map = heatmapOf([{ date: "2026-11-30", count: 1 }, { date: "2026-12-02", count: 7 }], "2026-12-02", 53, [1, 2, 4, 6]);

  it("is what React renders for one column per week and one cell per day up to today", () => {
    const react = renderToStaticMarkup(
      h(
        "div",
        null,
        ...map.weeks.map((w) =>
          h(
            "div",
            { key: w.start },
            ...w.days.map((d, i) =>
              d
                ? h("div", { key: d.date, title: `${formatDate(d.date)}: ${d.count} ${d.count === 1 ? "activity" : "activities"}`, className: LEVEL_CLASS[d.level] })
                : h("div", { key: i }),
            ),
          ),
        ),
      ),
    );
    expect(`<div>${heatmapHtml(map)}</div>`).toBe(react);
  });

  it("has 53 columns, 367 days with a date and 4 empty days after today", () => {
    const html = heatmapHtml(map);
    expect(html.match(/<div><div/g)).toHaveLength(53);
    expect(html.match(/title="/g)).toHaveLength(52 * 7 + 3);
    expect(html.endsWith("<div></div><div></div><div></div><div></div></div>")).toBe(true);
    expect(html).toContain(`title="30 Nov 2026: 1 activity" class="${LEVEL_CLASS[1]}"`);
    expect(html).toContain(`title="2 Dec 2026: 7 activities" class="${LEVEL_CLASS[4]}"`);
    expect(html).toContain(`title="1 Dec 2026: 0 activities" class="${LEVEL_CLASS[0]}"`);
  });
});

describe("markupOf", () => {
  it("renders once per frozen source and variant", () => {
    const source = Object.freeze({ points: [1, 2] });
    let calls = 0;
    const render = () => `html ${++calls}`;
    expect(markupOf(source, "a", render)).toBe("html 1");
    expect(markupOf(source, "a", render)).toBe("html 1");
    expect(markupOf(source, "b", render)).toBe("html 2");
    expect(markupOf(Object.freeze({ points: [1, 2] }), "a", render)).toBe("html 3");
  });

  it("renders a source that is not frozen (not from the cache, so it could change) every time", () => {
    const source = { points: [1] };
    let calls = 0;
    const render = () => `html ${++calls}`;
    expect(markupOf(source, "a", render)).toBe("html 1");
    expect(markupOf(source, "a", render)).toBe("html 2");
  });
});

describe("fmtScore", () => {
  it("gives one or two decimals as needed", () => {
    expect(fmtScore(6)).toBe("6.0");
    expect(fmtScore(6.25)).toBe("6.25");
    expect(fmtScore(6.125)).toBe("6.13");
    expect(fmtScore(10)).toBe("10.0");
    expect(fmtScore(0)).toBe("0.0");
    expect(fmtScore(null)).toBe("–");
  });

  it("formats every score on the 0-10 scale as toLocaleString did", () => {
    for (let i = 0; i <= 10_000; i++) {
      const v = i / 1000;
      expect(fmtScore(v)).toBe(v.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 }));
    }
  });
});
