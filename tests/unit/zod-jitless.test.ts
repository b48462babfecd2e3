// instrumentation-client.ts turns zod's JIT off in the browser without importing zod (which put
// zod's core into every page's start-up JavaScript): it sets `jitless` on the global object zod
// keeps its configuration in. These tests pin that contract of the installed zod.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { enableZodJitless } from "@/lib/client/zod-jitless";

describe("enableZodJitless", () => {
  it("creates zod's global configuration with jitless on", () => {
    const target: { __zod_globalConfig?: { jitless?: boolean } } = {};
    enableZodJitless(target);
    expect(target.__zod_globalConfig).toEqual({ jitless: true });
  });

  it("keeps an existing configuration object (zod loaded first) and its other settings", () => {
    const existing = { jitless: false, customError: "keep" } as { jitless?: boolean };
    const target = { __zod_globalConfig: existing };
    enableZodJitless(target);
    expect(target.__zod_globalConfig).toBe(existing);
    expect(existing).toEqual({ jitless: true, customError: "keep" });
  });
});

// A fresh Node process (zod not loaded yet, as in the browser when instrumentation-client runs):
// counts `new Function` calls while zod parses an object schema.
function evalProbes(setFlagFirst: boolean): number {
  const script = `
    ${setFlagFirst ? "globalThis.__zod_globalConfig = { jitless: true };" : ""}
    let calls = 0;
    const Real = globalThis.Function;
    globalThis.Function = new Proxy(Real, { construct(t, args) { calls++; return Reflect.construct(t, args); } });
    const { z } = await import("zod");
    z.object({ email: z.string(), n: z.number() }).parse({ email: "a@b.c", n: 1 });
    console.log(calls);
  `;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).trim());
}

describe("zod reads jitless from globalThis.__zod_globalConfig set before it loads", () => {
  it("without the flag zod probes eval on its first object parse (the CSP violation)", () => {
    expect(evalProbes(false)).toBeGreaterThan(0);
  });

  it("with the flag set first zod never calls Function", () => {
    expect(evalProbes(true)).toBe(0);
  });
});
