// npm test: typecheck, lint, unit tests, then integration and end-to-end tests against a
// fresh PostgreSQL database and one shared production build of the app.
import { ensureChromium, ensureEspeak } from "./lib/browser.mjs";
import { run } from "./lib/run.mjs";
import { withTestApp } from "./lib/test-app.mjs";

const steps = [];
async function step(name, fn) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  try {
    await fn();
    steps.push({ name, ok: true, s: (Date.now() - t0) / 1000 });
  } catch (e) {
    steps.push({ name, ok: false, s: (Date.now() - t0) / 1000 });
    throw e;
  }
}

function summary() {
  console.log("\n=== summary");
  for (const s of steps) console.log(`${s.ok ? "ok  " : "FAIL"} ${s.name} (${s.s.toFixed(1)} s)`);
}

// `npm test` runs everything. While iterating, `npm test -- <unit|integration|e2e> [filters…]`
// runs one kind only (filters are passed to Vitest or Playwright), still on a fresh database.
const [only, ...filters] = process.argv.slice(2);
const KINDS = ["unit", "integration", "e2e"];
if (only !== undefined && !KINDS.includes(only)) {
  console.error(`Unknown test kind "${only}": use one of ${KINDS.join(", ")} (or nothing for all).`);
  process.exit(2);
}
const wants = (kind) => only === undefined || only === kind;

try {
  const chromium = wants("e2e") ? ensureChromium() : null; // fail early, before the long steps
  if (wants("e2e")) ensureEspeak();
  if (only === undefined) {
    await step("typecheck", () => run("tsc", ["--noEmit"]));
    await step("lint", () => run("eslint", ["--max-warnings=0", "."]));
  }
  if (wants("unit")) await step("unit tests", () => run("vitest", ["run", "--project", "unit", ...filters]));
  if (wants("integration") || wants("e2e")) {
    await withTestApp(async ({ env }) => {
      if (wants("integration")) {
        await step("integration tests", () =>
          run("vitest", ["run", "--project", "integration", ...filters], { env }),
        );
      }
      if (wants("e2e")) {
        await step("end-to-end tests", () =>
          run("playwright", ["test", ...filters], { env: { ...env, PREPLOOP_CHROMIUM: chromium } }),
        );
      }
    });
  }
  summary();
  console.log("\nAll tests passed.");
} catch (e) {
  summary();
  console.error(`\n${e instanceof Error ? e.message : e}`);
  process.exitCode = e?.exitCode ?? 1;
}
