// Runs in the browser before the app's code (Next.js instrumentation-client). zod 4 probes whether
// it may compile parsers with `new Function("")` the first time it parses an object; the pages'
// CSP (lib/csp.ts: no 'unsafe-eval') refuses that, and Chrome logs it as a CSP issue (Lighthouse
// best practices: "Issues were logged in the Issues panel", 96 instead of 100 on every page with
// a form). jitless: zod never tries eval; it parses the same, without the compiled fast path.
//
// Set through the global zod itself keeps its configuration in (zod/v4/core/core.js:
// `globalThis.__zod_globalConfig`, adopted by zod when it loads), not by importing zod's
// `config()`: that import put zod's core into every page's start-up JavaScript, pages without a
// form included (decision 0025, "Session 7: mobile"). tests/unit/zod-jitless.test.ts checks that
// zod reads the flag from there; tests/e2e/csp.spec.ts that no eval is tried in the browser.
import { enableZodJitless } from "@/lib/client/zod-jitless";

enableZodJitless();
