import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

describe("FieldFrame through the three field wrappers", () => {
  it("TextField with an error: label for the input, aria-invalid, described by the error", () => {
    const html = renderToStaticMarkup(h(TextField, { id: "email", label: "Email", error: "Enter an email.", name: "email" }));
    expect(html).toContain('<label for="email" class="mb-1 block text-sm font-medium">Email</label>');
    expect(html).toMatch(/<input[^>]*id="email"[^>]*aria-invalid="true"[^>]*aria-describedby="email-error"[^>]*name="email"/);
    expect(html).toContain('<p id="email-error" class="mt-1 text-sm text-red-600 dark:text-red-400">Enter an email.</p>');
    expect(html).not.toContain("email-hint");
  });

  it("SelectField with a hint and no error: described by the hint, options kept, not invalid", () => {
    const html = renderToStaticMarkup(
      h(SelectField, { id: "area", label: "Area", hint: "Pick one" }, h("option", { value: "a" }, "A")),
    );
    expect(html).toMatch(/<select[^>]*id="area"[^>]*aria-describedby="area-hint"/);
    expect(html).not.toContain("aria-invalid");
    expect(html).toContain('<option value="a">A</option>');
    expect(html).toContain('<p id="area-hint" class="mt-1 text-xs text-slate-500 dark:text-slate-400">Pick one</p>');
  });

  it("TextAreaField: the frame's className goes on the wrapper, the rest on the control", () => {
    const html = renderToStaticMarkup(
      h(TextAreaField, { id: "notes", label: "Notes", className: "sm:col-span-2", rows: 3, placeholder: "p" }),
    );
    expect(html.startsWith('<div class="min-w-0 sm:col-span-2">')).toBe(true);
    expect(html).toMatch(/<textarea[^>]*id="notes"[^>]*rows="3"[^>]*placeholder="p"/);
    expect(html).not.toContain("aria-describedby");
  });
});
