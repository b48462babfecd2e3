import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageHeader } from "@/components/ui/page-header";
import { CardSection, Section } from "@/components/ui/section";

describe("PageHeader", () => {
  it("back link first (← label), then what sits above, then the h1 with lines under it and the actions beside", () => {
    const html = renderToStaticMarkup(
      h(
        PageHeader,
        {
          title: "Acme — ML engineer",
          back: { href: "/offers", label: "All offers" },
          above: h("p", null, "Mentee: Ada · read-only"),
          actions: h("button", null, "Delete"),
        },
        h("p", null, "Senior · Europe"),
      ),
    );
    expect(html).toBe(
      '<div class="mb-6">' +
        '<p class="mb-3 text-sm"><a class="text-indigo-700 hover:underline dark:text-indigo-300" href="/offers">← All offers</a></p>' +
        "<p>Mentee: Ada · read-only</p>" +
        '<div class="flex flex-wrap items-start justify-between gap-3">' +
        '<div><h1 class="text-2xl font-bold">Acme — ML engineer</h1><p>Senior · Europe</p></div>' +
        "<button>Delete</button></div></div>",
    );
  });

  it("without a back link or actions: only the h1 (no flex row), with the spacing given", () => {
    const html = renderToStaticMarkup(h(PageHeader, { title: "Add a story", className: "" }));
    expect(html).toBe('<div class=""><div><div><h1 class="text-2xl font-bold">Add a story</h1></div></div></div>');
    expect(html).not.toContain("<a ");
  });
});

describe("Section and CardSection", () => {
  it("a section named by its h2 through aria-labelledby", () => {
    const html = renderToStaticMarkup(h(Section, { id: "live-list", title: "Scheduled and past", className: "space-y-3" }, "x"));
    expect(html).toBe(
      '<section aria-labelledby="live-list" class="space-y-3"><h2 id="live-list" class="text-lg font-semibold">Scheduled and past</h2>x</section>',
    );
  });

  it("CardSection: the card classes with its padding, and the gap under the heading (mb-3 by default, none at 0)", () => {
    const html = renderToStaticMarkup(h(CardSection, { id: "years", title: "Years", pad: "md", className: "mt-6" }, "x"));
    expect(html).toBe(
      '<section class="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 p-5 mt-6" aria-labelledby="years">' +
        '<h2 id="years" class="mb-3 text-lg font-semibold">Years</h2>x</section>',
    );
    const tight = renderToStaticMarkup(h(CardSection, { id: "q", title: "Review queue", gap: 0 }));
    expect(tight).toContain('<h2 id="q" class="text-lg font-semibold">Review queue</h2>');
    expect(tight).toContain(" p-6");
  });
});
