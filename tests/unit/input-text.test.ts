import { describe, expect, it } from "vitest";
import { checkStrings, TEXT_PROBLEMS } from "@/lib/server/input-text";

describe("checkStrings: text that cannot be stored", () => {
  it("passes ordinary input, including paired surrogates (emoji) and other control characters", () => {
    expect(checkStrings({ note: "café 😀 \t\n\u0001", hours: 0.25, tags: ["a", "b"], nested: { ok: null, on: true } })).toBeNull();
    expect(checkStrings("plain")).toBeNull();
    expect(checkStrings(undefined)).toBeNull();
    expect(checkStrings(42)).toBeNull();
  });

  it("names each field with a NUL or an unpaired surrogate, first message per field", () => {
    expect(
      checkStrings({
        date: "2026-12-06",
        note: "a\u0000b",
        title: "\ud800x",
        tail: "x\udc00",
        reversed: "\udc00\ud800",
        items: [{ text: "ok" }, { text: "\u0000" }],
      }),
    ).toEqual({
      note: TEXT_PROBLEMS.nul,
      title: TEXT_PROBLEMS.surrogate,
      tail: TEXT_PROBLEMS.surrogate,
      reversed: TEXT_PROBLEMS.surrogate,
      "items.1.text": TEXT_PROBLEMS.nul,
    });
  });

  it("checks object keys and a bare string at the root", () => {
    expect(checkStrings({ "k\u0000": 1 })).toEqual({ "k\u0000": TEXT_PROBLEMS.nul });
    expect(checkStrings("\u0000")).toEqual({ _: TEXT_PROBLEMS.nul });
    expect(checkStrings({ id: "\ud83d" })).toEqual({ id: TEXT_PROBLEMS.surrogate });
  });

  it("walks deep nesting without overflowing the stack", () => {
    const depth = 30_000;
    const deep = JSON.parse(`${"[".repeat(depth)}"\\u0000"${"]".repeat(depth)}`) as unknown;
    const fields = checkStrings(deep)!;
    expect(Object.values(fields)).toEqual([TEXT_PROBLEMS.nul]);
    expect(Object.keys(fields)[0]!.split(".")).toHaveLength(depth);
  });
});

describe("checkStrings on hostile input", () => {
  it("stops after ten fields, so many deep problems cost no more than one walk", () => {
    const depth = 4000;
    const many = Array.from({ length: 5000 }, () => "\u0000");
    const input = JSON.parse(`${"[".repeat(depth)}${JSON.stringify(many)}${"]".repeat(depth)}`) as unknown;
    const fields = checkStrings(input)!;
    expect(Object.keys(fields)).toHaveLength(10);
    expect(Object.keys(fields)[0]).toBe(`${"0.".repeat(depth)}0`);
  });
});
