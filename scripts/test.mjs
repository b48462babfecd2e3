// npm test: typecheck, lint, unit tests, then integration and end-to-end tests against a
// fresh PostgreSQL database and one shared production build of the app.
import { ensureChromium } from "./lib/browser.mjs";
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

try {
  const chromium = ensureChromium(); // fail early, before the long steps
  await step("typecheck", () => run("tsc", ["--noEmit"]));
  await step("lint", () => run("eslint", ["--max-warnings=0", "."]));
  await step("unit tests", () => run("vitest", ["run", "--project", "unit"]));
  await withTestApp(async ({ env }) => {
    await step("integration tests", () => run("vitest", ["run", "--project", "integration"], { env }));
    await step("end-to-end tests", () =>
      run("playwright", ["test"], { env: { ...env, PREPLOOP_CHROMIUM: chromium } }),
    );
  });
  summary();
  console.log("\nAll tests passed.");
} catch (e) {
  summary();
  console.error(`\n${e instanceof Error ? e.message : e}`);
  process.exitCode = e?.exitCode ?? 1;
}
