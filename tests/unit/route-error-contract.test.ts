// A route's documented error codes include the ones its own handler throws by hand: every
// `new HttpError(<status>, "<code>"` in a documented route file is among the codes the OpenAPI
// document lists for that file's operations (errorCodesOf: the common ones of its kind plus its
// `errors`). GET /api/debug/session answers 401 without a session but listed only not_found.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorCodesOf } from "@/lib/api/openapi";
import { ROUTE_MODULES } from "@/lib/api/routes";
import { operationOf } from "@/lib/server/http";

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function documentedCodes(mod: Record<string, unknown>) {
  const codes = new Set<string>();
  for (const method of METHODS) {
    const opts = operationOf(mod[method]);
    if (opts) for (const c of errorCodesOf(method, opts)) codes.add(c);
  }
  return codes;
}

describe("hand-thrown errors of route handlers", () => {
  it("GET /api/debug/session documents 401 unauthenticated and 404 not_found", () => {
    const codes = documentedCodes(ROUTE_MODULES["/api/debug/session"]!);
    expect(codes.has("unauthenticated")).toBe(true);
    expect(codes.has("not_found")).toBe(true);
  });

  it("are documented for every route file", () => {
    const undocumented: string[] = [];
    let checked = 0;
    for (const [pattern, mod] of Object.entries(ROUTE_MODULES)) {
      const source = fs.readFileSync(path.join(ROOT, "app", pattern, "route.ts"), "utf8");
      const codes = documentedCodes(mod);
      for (const m of source.matchAll(/new HttpError\(\s*\d+,\s*"([a-z_]+)"/g)) {
        checked++;
        if (!codes.has(m[1]!)) undocumented.push(`${pattern}: ${m[1]}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(undocumented).toEqual([]);
  });
});
