// The dashboard's static markup (components/progress/markup.ts): the tables and the activity
// calendar as one HTML string each, built by client components from compact data. React's own server renderer is the oracle: the string must
// be exactly what React renders for the same elements (same DOM, same escaping).
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fmtScore } from "@/components/progress/labels";
import { ActivityCalendar } from "@/components/progress/calendar";
import { ChartTable } from "@/components/progress/chart-table";
import { calendarColumns, calendarDays, calendarHtml, escapeHtml, memoOf, tableHtml } from "@/components/progress/markup";
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

describe("calendarHtml", () => {
  // Wednesday 2 Dec 2026: the last week has Monday-Wednesday and four empty days.
  const map = heatmapOf([{ date: "2026-11-30", count: 1 }, { date: "2026-12-02", count: 7 }], "2026-12-02", 53, [1, 2, 4, 6]);
  const days = calendarDays(map);

  it("sends each day up to today as a count and a one-digit level, from the first Monday", () => {
    expect(days.start).toBe(map.weeks[0]!.start);
    expect(days.counts).toHaveLength(52 * 7 + 3);
    expect(days.levels).toHaveLength(52 * 7 + 3);
    expect(days.counts.slice(-3)).toEqual([1, 0, 7]);
    expect(days.levels.slice(-3)).toBe("104");
    expect(JSON.stringify(days).length).toBeLessThan(1200);
  });

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
                ? h("div", { key: d.date, title: `${formatDate(d.date)}: ${d.count} ${d.count === 1 ? "activity" : "activities"}`, "data-l": d.level })
                : h("div", { key: i }),
            ),
          ),
        ),
      ),
    );
    expect(`<div>${calendarHtml(days)}</div>`).toBe(react);
  });

  it("has 53 columns, 367 days with a date and 4 empty days after today", () => {
    const html = calendarHtml(days);
    expect(html.match(/<div><div/g)).toHaveLength(53);
    expect(html.match(/title="/g)).toHaveLength(52 * 7 + 3);
    expect(html.endsWith("<div></div><div></div><div></div><div></div></div>")).toBe(true);
    expect(html).toContain('title="30 Nov 2026: 1 activity" data-l="1"');
    expect(html).toContain('title="2 Dec 2026: 7 activities" data-l="4"');
    expect(html).toContain('title="1 Dec 2026: 0 activities" data-l="0"');
    expect(html).not.toContain("class=");
  });

  it("ends a week that ends today without empty days, and is empty for no days", () => {
    const sunday = calendarDays(heatmapOf([], "2026-12-06", 2, [1, 2, 4, 6]));
    expect(sunday.counts).toHaveLength(14);
    const html = calendarHtml(sunday);
    expect(html.match(/title="/g)).toHaveLength(14);
    expect(html).not.toContain("<div></div>");
    expect(html.endsWith('title="6 Dec 2026: 0 activities" data-l="0"></div></div>')).toBe(true);
    expect(calendarHtml({ start: "", counts: [], levels: "" })).toBe("");
  });

  it("draws the cells as one string inside a grid of the calendar's height, with the legend's five levels", () => {
    const html = renderToStaticMarkup(h(ActivityCalendar, { days }));
    const grid = html.indexOf('<div class="flex h-[95px] w-max gap-[3px] [content-visibility:auto]');
    expect(grid).toBeGreaterThan(0);
    // Skipped while off screen at exactly its drawn size: 53 columns of 11 px, 3 px apart.
    expect(calendarColumns(days)).toBe(53);
    expect(html.slice(grid)).toMatch(/^<div class="[^"]*" style="contain-intrinsic-size:739px 95px">/);
    expect(html.indexOf(`">${calendarHtml(days)}</div>`, grid)).toBeGreaterThan(grid);
    expect(html.match(/title="/g)).toHaveLength(days.counts.length);
    expect(html.match(/<span data-l="\d" class="inline-block"><\/span>/g)).toHaveLength(5);
  });
});

describe("ChartTable", () => {
  it("sends the rows as data: closed, the HTML has the summary and no table", () => {
    const html = renderToStaticMarkup(h(ChartTable, { summary: "Time per week as a table", caption: "Minutes per week", head: ["Week of", "Minutes"], rows: [["30 Nov 2026", 5]] }));
    expect(html).toBe('<details class="mt-3 text-sm"><summary class="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">Time per week as a table</summary></details>');
  });
});

describe("memoOf", () => {
  it("computes once per frozen source and variant", () => {
    const source = Object.freeze({ points: [1, 2] });
    let calls = 0;
    const compute = () => [++calls];
    const first = memoOf(source, "a", compute);
    expect(first).toEqual([1]);
    expect(memoOf(source, "a", compute)).toBe(first);
    expect(memoOf(source, "b", compute)).toEqual([2]);
    expect(memoOf(Object.freeze({ points: [1, 2] }), "a", compute)).toEqual([3]);
  });

  it("computes for a source that is not frozen (not from the cache, so it could change) every time", () => {
    const source = { points: [1] };
    let calls = 0;
    const compute = () => `html ${++calls}`;
    expect(memoOf(source, "a", compute)).toBe("html 1");
    expect(memoOf(source, "a", compute)).toBe("html 2");
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

  it("rounds the shortest decimal half away from zero, as Intl does", () => {
    expect(fmtScore(1.005)).toBe("1.01"); // 1.00499999999999989… as a double; its shortest decimal is 1.005
    expect(fmtScore(2.675)).toBe("2.68");
    expect(fmtScore(0.995)).toBe("1.0");
    expect(fmtScore(9.995)).toBe("10.0");
    expect(fmtScore(9.999)).toBe("10.0");
    expect(fmtScore(0.004999)).toBe("0.0");
    expect(fmtScore(0.005)).toBe("0.01");
    expect(fmtScore(1e-7)).toBe("0.0");
    expect(fmtScore(20 / 3)).toBe("6.67");
    expect(fmtScore(-0.004)).toBe("-0.0");
  });

  it("gives Intl's text for every mean of up to 200 whole scores", () => {
    const intl = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    for (let n = 1; n <= 200; n++) {
      for (let total = 0; total <= 10 * n; total++) {
        if (fmtScore(total / n) !== intl.format(total / n)) expect(`${total}/${n}: ${fmtScore(total / n)}`).toBe(`${total}/${n}: ${intl.format(total / n)}`);
      }
    }
  });

  it("formats every score on the 0-10 scale as toLocaleString did", () => {
    for (let i = 0; i <= 10_000; i++) {
      const v = i / 1000;
      expect(fmtScore(v)).toBe(v.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 }));
    }
  });
});
