import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API = path.resolve(import.meta.dirname, "../../app/api");
const FALLBACK = 'export * from "@/lib/server/method-not-allowed";';
// next-auth answers its own methods; the catch-all already answers every method with JSON.
const EXEMPT = new Set(["auth/[...nextauth]/route.ts", "[...path]/route.ts"]);

function* routeFiles(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* routeFiles(full);
    else if (e.name === "route.ts") yield path.relative(API, full).split(path.sep).join("/");
  }
}

describe("API route files", () => {
  it("each answers a method it does not implement with the JSON 405 (re-exports the fallback)", () => {
    const files = [...routeFiles(API)].filter((f) => !EXEMPT.has(f));
    expect(files.length).toBeGreaterThan(50);
    const missing = files.filter((f) => !fs.readFileSync(path.join(API, f), "utf8").includes(FALLBACK));
    expect(missing, `add the line ${FALLBACK} to these route files`).toEqual([]);
  });
});
