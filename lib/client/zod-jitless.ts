// zod 4 keeps its global configuration in `globalThis.__zod_globalConfig` (zod/v4/core/core.js
// adopts an object already there when it loads), so setting `jitless` there needs no zod code.
// Used by instrumentation-client.ts before any zod schema exists in the browser.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

export function enableZodJitless(target: ZodGlobal = globalThis as ZodGlobal) {
  (target.__zod_globalConfig ??= {}).jitless = true;
}
