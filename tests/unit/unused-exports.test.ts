// No export in lib/ that nothing imports (issue 14): an export is part of a module's face, so one
// that no other file uses is either dead code or belongs to its own file only. The check parses
// every source file (tests/support/unused-exports.ts) and fails on a new unused export, naming it;
// a known one is listed with its reason. An entry that is no longer unused fails too,
// so the list stays exact: delete it.
import { describe, expect, it } from "vitest";
import { unusedExports } from "@/tests/support/unused-exports";

/** `file: name` → why it stays exported for now (none today: add only with a reason). */
const KNOWN: Record<string, string> = {};

describe("exports of lib/", () => {
  // Parsing ~1000 files takes a few seconds, more on a loaded machine.
  it("are each imported by another file (or listed above with a reason)", { timeout: 120_000 }, () => {
    const unused = unusedExports(["lib"]);
    const fresh = unused.filter((u) => !(u in KNOWN));
    expect(fresh, "unused exports: drop `export` (or the code, if nothing uses it)").toEqual([]);
    const stale = Object.keys(KNOWN).filter((k) => !unused.includes(k));
    expect(stale, "listed as unused but now imported (or gone): remove from KNOWN").toEqual([]);
  });
});

// The same rule for components/ (issue 14): an export no other file imports is un-exported or
// deleted. The entry below keeps its reason (the stale check fails once it is imported or gone).

/** `file: name` → why it stays exported for now. */
const KNOWN_COMPONENTS: Record<string, string> = {
  "components/ui/field.tsx: FieldFrame": "the labelled-field frame is unit-tested on its own (tests/unit/ui-field.test.ts); the fields wrap it",
};

describe("exports of components/", () => {
  it("are each imported by another file (or listed above with a reason)", { timeout: 120_000 }, () => {
    const unused = unusedExports(["components"]);
    const fresh = unused.filter((u) => !(u in KNOWN_COMPONENTS));
    expect(fresh, "unused exports: drop `export` (or the code, if nothing uses it)").toEqual([]);
    const stale = Object.keys(KNOWN_COMPONENTS).filter((k) => !unused.includes(k));
    expect(stale, "listed as unused but now imported (or gone): remove from KNOWN_COMPONENTS").toEqual([]);
  });
});
