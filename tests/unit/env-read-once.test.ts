import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/tests/support/source-files";

const ENV_MODULE = "lib/server/env.ts";
const READS_ENV = /process\s*(?:\.\s*env\b|\[\s*["'`]env["'`]\s*\])/;

/** The files of the app (scripts and test support may read their own settings). */
function appFiles(): string[] {
  return [...sourceFiles("lib"), ...sourceFiles("app"), ...sourceFiles("components"), "proxy.ts"];
}

describe("the environment is read in one module", () => {
  it("no app file but lib/server/env.ts reads process.env", () => {
    const files = appFiles();
    expect(files.length).toBeGreaterThan(300);
    const readers = files.filter((f) => f !== ENV_MODULE && READS_ENV.test(readSource(f)));
    expect(readers, "read the setting through lib/server/env.ts (env() or a named accessor there)").toEqual([]);
  });

  it("the check sees both spellings, and the env module itself", () => {
    expect(READS_ENV.test("const url = process.env.DATABASE_URL;")).toBe(true);
    expect(READS_ENV.test('const url = process["env"].DATABASE_URL;')).toBe(true);
    expect(READS_ENV.test("const environment = processEnvironment();")).toBe(false);
    expect(READS_ENV.test(readSource(ENV_MODULE))).toBe(true);
  });
});
