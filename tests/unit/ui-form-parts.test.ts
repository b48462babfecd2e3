import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { NewPasswordField } from "@/components/accounts/new-password-field";
import { SelectField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { fieldBinder, numberOr, orNull } from "@/lib/client/form-fields";
import { PASSWORD_MIN } from "@/lib/accounts/options";

describe("SelectField options: a form lists its choices instead of writing each <option>", () => {
  it("renders the blank choice first, then the options in order (numbers as values), then children", () => {
    const html = renderToStaticMarkup(
      h(
        SelectField,
        {
          id: "level",
          label: "Level",
          blank: "Not set",
          options: [
            { value: "MID", label: "Mid-level" },
            { value: 7, label: "7 days", disabled: true },
          ],
        },
        h("optgroup", { label: "More" }),
      ),
    );
    expect(html).toMatch(
      /<select[^>]*id="level"[^>]*><option value="">Not set<\/option><option value="MID">Mid-level<\/option><option value="7" disabled="">7 days<\/option><optgroup label="More"><\/optgroup><\/select>/,
    );
  });

  it("without blank there is no empty choice", () => {
    const html = renderToStaticMarkup(h(SelectField, { id: "t", label: "Type", options: [{ value: "a", label: "A" }] }));
    expect(html).not.toContain('value=""');
    expect(html).toContain('<option value="a">A</option>');
  });
});

describe("fieldBinder: register() plus the field's first error message", () => {
  /** A form whose formState carries `errors` (what getFieldState reads). */
  function fakeForm(errors: Record<string, unknown>) {
    return {
      register: (name: string, options?: object) => ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {}, ...options }),
      getFieldState: (name: string, formState: { errors: Record<string, unknown> }) => {
        const error = name.split(".").reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], formState.errors);
        return { error, invalid: Boolean(error), isDirty: false, isTouched: false, isValidating: false };
      },
      formState: { errors },
    } as never;
  }

  it("gives the field's own message, a nested field's message, and the first item message of a list field", () => {
    const field = fieldBinder<Record<string, string>>(
      fakeForm({
        title: { type: "server", message: "Give it a title." },
        equity: { grantValue: { type: "custom", message: "Use a number." } },
        keyPoints: [undefined, { type: "too_big", message: "Keep each point under 500 characters." }],
      }),
    );
    expect(field("title")).toMatchObject({ name: "title", error: "Give it a title." });
    expect(field("equity.grantValue").error).toBe("Use a number.");
    expect(field("keyPoints").error).toBe("Keep each point under 500 characters.");
    expect(field("role").error).toBeUndefined();
  });

  it("passes register options through (setValueAs)", () => {
    const field = fieldBinder<Record<string, string>>(fakeForm({}));
    expect(field("region", { setValueAs: orNull })).toMatchObject({ name: "region", setValueAs: orNull, error: undefined });
  });

  it("works on a real react-hook-form form (rendered once on the server)", () => {
    let bound: ReturnType<ReturnType<typeof fieldBinder<{ title: string }>>> | undefined;
    function Probe() {
      const form = useForm<{ title: string }>({ defaultValues: { title: "" }, errors: { title: { type: "server", message: "Taken." } } });
      bound = fieldBinder(form)("title");
      return null;
    }
    renderToStaticMarkup(h(Probe));
    expect(bound).toMatchObject({ name: "title", error: "Taken." });
    expect(typeof bound?.onChange).toBe("function");
  });
});

describe("setValueAs helpers", () => {
  it("orNull: blank text is null, anything else stays", () => {
    expect([orNull(""), orNull("  "), orNull("EUROPE"), orNull(null)]).toEqual([null, null, "EUROPE", null]);
  });
  it("numberOr: empty is the given value, text is a number", () => {
    expect([numberOr(null)(""), numberOr(undefined)(null), numberOr(0)(""), numberOr(null)("12"), numberOr(0)("1.5")]).toEqual([null, undefined, 0, 12, 1.5]);
  });
});

describe("FormActions and NewPasswordField", () => {
  it("FormActions: the busy label disables submit; Cancel only with onCancel", () => {
    const idle = renderToStaticMarkup(h(FormActions, { busy: false, submitLabel: "Save profile" }));
    expect(idle).toMatch(/<button type="submit"[^>]*>Save profile<\/button>/);
    expect(idle).not.toContain("Cancel");
    const busy = renderToStaticMarkup(h(FormActions, { busy: true, submitLabel: "Add entry", onCancel: () => {} }));
    expect(busy).toMatch(/<button type="submit"[^>]*disabled=""[^>]*>Saving…<\/button>/);
    expect(busy).toMatch(/<button type="button"[^>]*>Cancel<\/button>/);
  });

  it("NewPasswordField: one new-password input with the length rule, the form's note after it", () => {
    const html = renderToStaticMarkup(h(NewPasswordField, { id: "pw", name: "newPassword", note: "Your other devices will be signed out." }));
    expect(html).toContain('<label for="pw" class="mb-1 block text-sm font-medium">New password</label>');
    expect(html).toMatch(/<input[^>]*type="password"[^>]*autoComplete="new-password"[^>]*required=""[^>]*minLength="\d+"/);
    expect(html).toContain(`At least ${PASSWORD_MIN} characters. Your other devices will be signed out.</p>`);
    const signUp = renderToStaticMarkup(h(NewPasswordField, { id: "p", label: "Password" }));
    expect(signUp).toContain(">Password</label>");
    expect(signUp).toContain(`At least ${PASSWORD_MIN} characters.</p>`);
  });
});
