// What our scripts' builds run with (scripts/lib/build.mjs → next.config.js). See
// docs/decisions/0022-perf-session-and-start.md, "Session 8: fresh start".
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, addCompileHints, buildEnv } from "../../scripts/lib/build.mjs";
import { root } from "../../scripts/lib/run.mjs";

const require = createRequire(import.meta.url);
const configPath = path.join(root, "next.config.js");
const saved = { ...process.env };

/** next.config.js as `next build` loads it with `env` added to the environment. */
function loadConfig(env: Record<string, string>) {
  for (const k of Object.keys(buildEnv({ first: true }))) delete process.env[k];
  Object.assign(process.env, env);
  delete require.cache[configPath];
  return require(configPath);
}

afterEach(() => {
  process.env = { ...saved };
  delete require.cache[configPath];
});

describe("our scripts' build settings", () => {
  it("skip the type-check and make the server bundle lean; the build cache only after the first build", () => {
    expect(buildEnv({ first: true })).toEqual({
      NEXT_TELEMETRY_DISABLED: "1",
      PREPLOOP_BUILD_SKIP_TYPECHECK: "1",
      PREPLOOP_BUILD_CACHE: "0",
      PREPLOOP_BUILD_LEAN_SERVER: "1",
    });
    expect(buildEnv({ first: false }).PREPLOOP_BUILD_CACHE).toBe("1");
  });

  it("turn off only the server's minification and source maps, never the browser's minification", () => {
    const config = loadConfig(buildEnv({ first: true }));
    expect(config.experimental.turbopackMinify).toEqual({ server: false });
    expect(config.experimental.serverSourceMaps).toBe(false);
    expect(config.productionBrowserSourceMaps).toBeUndefined();
    expect(config.typescript.ignoreBuildErrors).toBe(true);
    expect(config.experimental.turbopackFileSystemCacheForBuild).toBe(false);
  });

  it("leave a plain `next build` on Next's defaults", () => {
    const config = loadConfig({});
    expect(config.experimental.turbopackMinify).toBeUndefined();
    expect(config.experimental.serverSourceMaps).toBeUndefined();
    expect(config.typescript.ignoreBuildErrors).toBe(false);
    expect(config.experimental.turbopackFileSystemCacheForBuild).toBe(true);
  });
});

describe("addCompileHints", () => {
  it("marks each of the manifest's rootMainFiles once, at its very start, and nothing else", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-hints-"));
    try {
      fs.mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
      const chunk = (name: string) => path.join(dir, "static", "chunks", name);
      for (const name of ["main.js", "runtime.js", "page.js"]) fs.writeFileSync(chunk(name), `(globalThis.TURBOPACK||=[]).push(["${name}"]);`);
      fs.writeFileSync(
        path.join(dir, "build-manifest.json"),
        JSON.stringify({ polyfillFiles: [], rootMainFiles: ["static/chunks/main.js", "static/chunks/runtime.js"] }),
      );
      expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
      expect(addCompileHints(dir)).toBe(2);
      expect(fs.readFileSync(chunk("main.js"), "utf8")).toBe(`//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||=[]).push(["main.js"]);`);
      expect(fs.readFileSync(chunk("runtime.js"), "utf8").startsWith(COMPILE_HINT)).toBe(true);
      expect(fs.readFileSync(chunk("page.js"), "utf8")).toBe(`(globalThis.TURBOPACK||=[]).push(["page.js"]);`);
      expect(addCompileHints(dir)).toBe(0);
      expect(fs.readFileSync(chunk("main.js"), "utf8").split(COMPILE_HINT)).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
