import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, ERROR_STATUS, HttpError, conflict, httpError, isErrorCode } from "@/lib/server/errors";

const ROOT = path.resolve(import.meta.dirname, "../..");
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.parentPath.includes("generated"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("error codes", () => {
  it("are snake_case and answer a 4xx or 5xx status", () => {
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(ERROR_STATUS[code] >= 400 && ERROR_STATUS[code] < 600, code).toBe(true);
    }
  });

  it("httpError and conflict take the status from the map", () => {
    expect(httpError("stale_version", "m").status).toBe(409);
    expect(httpError("too_many_attempts", "m").status).toBe(429);
    expect(conflict("m", "plan_exists")).toMatchObject({ status: 409, code: "plan_exists", message: "m" });
    expect(new HttpError(404, "not_found", "x").code).toBe("not_found");
    expect(isErrorCode("not_found")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
  });

  it("every error code literal the server writes by hand is in the enum", () => {
    // Hand-built error bodies (`{ error: { code: "…" } }`) escape the HttpError type check.
    const found = new Set<string>();
    for (const file of [...sources("app/api"), ...sources("lib/server"), ...sources("lib/accounts")]) {
      for (const m of readFileSync(file, "utf8").matchAll(/error: \{ code: "([a-z_]+)"/g)) found.add(m[1]!);
    }
    expect(found.size).toBeGreaterThan(1);
    expect([...found].filter((c) => !isErrorCode(c))).toEqual([]);
  });
});
