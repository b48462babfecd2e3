// The build our scripts make (scripts/lib/build.mjs) marks the framework's chunks for eager
// compilation, and the running app serves them so: the browser then compiles React and Next's
// client while they download, off the main thread (decision 0025, Session 13).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMPILE_HINT } from "../../scripts/lib/build.mjs";
import { root } from "../../scripts/lib/run.mjs";
import { BASE_URL } from "../support/client";

describe("compile hints", () => {
  it("every root main chunk of the built app is served with the hint once, at its start; a page's own chunks are not", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
    expect(manifest.rootMainFiles.length).toBeGreaterThan(0);
    for (const file of manifest.rootMainFiles) {
      const res = await fetch(`${BASE_URL}/_next/${file}`);
      expect(res.status, file).toBe(200);
      const text = await res.text();
      expect(text.startsWith(COMPILE_HINT), file).toBe(true);
      expect(text.split("allFunctionsCalledOnLoad"), file).toHaveLength(2);
    }
    // The sign-in page loads its own chunk(s) beside the root ones: those stay lazy.
    const html = await (await fetch(`${BASE_URL}/sign-in`)).text();
    const scripts = [...html.matchAll(/<script src="\/_next\/(static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const own = scripts.filter((s) => !manifest.rootMainFiles.includes(s));
    expect(own.length).toBeGreaterThan(0);
    for (const file of own) expect((await (await fetch(`${BASE_URL}/_next/${file}`)).text()).startsWith(COMPILE_HINT), file).toBe(false);
  });
});
