// lib/client/first-use.ts (decision 0025, Session 9): a form's code starts loading on the first
// focus or pointer-down on that form's own element (not on any form of the page: the session-8
// listener sat on the document, so focusing one form loaded every form's checks), and the values
// typed into a form's first paint are read back by name for the interactive form.
import { describe, expect, it } from "vitest";
import { preloadOnFirstUse, typedValues } from "@/lib/client/first-use";
import { readSource, sourceFiles } from "@/tests/support/source-files";

describe("preloadOnFirstUse", () => {
  it("starts on the form's own first focus, once, and not on another form's", () => {
    const mine = new EventTarget();
    const other = new EventTarget();
    let loads = 0;
    preloadOnFirstUse(mine, () => loads++);
    other.dispatchEvent(new Event("focusin"));
    other.dispatchEvent(new Event("pointerdown"));
    expect(loads).toBe(0);
    mine.dispatchEvent(new Event("focusin"));
    expect(loads).toBe(1);
    mine.dispatchEvent(new Event("focusin"));
    mine.dispatchEvent(new Event("pointerdown"));
    expect(loads).toBe(1);
  });

  it("starts on a pointer-down too, and never after its cleanup", () => {
    const a = new EventTarget();
    let loads = 0;
    preloadOnFirstUse(a, () => loads++);
    a.dispatchEvent(new Event("pointerdown"));
    expect(loads).toBe(1);

    const b = new EventTarget();
    const stop = preloadOnFirstUse(b, () => loads++);
    stop();
    b.dispatchEvent(new Event("focusin"));
    b.dispatchEvent(new Event("pointerdown"));
    expect(loads).toBe(1);
  });
});

describe("typedValues", () => {
  it("keeps each name's first text value and leaves files out", () => {
    const entries: [string, FormDataEntryValue][] = [
      ["email", "ada@example.com"],
      ["password", " two words "],
      ["tags", "a"],
      ["tags", "b"],
      ["upload", new File(["x"], "x.txt")],
      ["empty", ""],
    ];
    expect(typedValues(entries)).toEqual({ email: "ada@example.com", password: " two words ", tags: "a", empty: "" });
    expect(typedValues([])).toEqual({});
  });
});

describe("every useApiForm form scopes its first-use load to itself", () => {
  it("passes the hook's formRef to its <form>", () => {
    const forms = [...sourceFiles("components"), ...sourceFiles("app")].filter((f) => readSource(f).includes("useApiForm("));
    expect(forms.length).toBeGreaterThanOrEqual(28);
    for (const file of forms) {
      const text = readSource(file);
      // Either on the <form> itself or handed to the body component that draws it.
      expect(/<form\b[^>]*\bref=\{(\w+\.)?formRef\}/.test(text) || /\bformRef=\{formRef\}/.test(text), file).toBe(true);
    }
  });
});
