// Runs in the browser before the app's code (Next.js instrumentation-client). zod 4 probes whether
// it may compile parsers with `new Function("")` the first time it parses an object; the pages'
// CSP (lib/csp.ts: no 'unsafe-eval') refuses that, and Chrome logs it as a CSP issue (Lighthouse
// best practices: "Issues were logged in the Issues panel", 96 instead of 100 on every page with
// a form). jitless: zod never tries eval; it parses the same, without the compiled fast path.
import { config } from "zod/v4/core";

config({ jitless: true });
