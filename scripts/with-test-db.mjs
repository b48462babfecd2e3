// Runs a command (vitest, playwright) against a fresh test database and the running built app.
import { withTestApp } from "./lib/test-app.mjs";
import { ensureChromium } from "./lib/browser.mjs";
import { run } from "./lib/run.mjs";

const [cmd, ...args] = process.argv.slice(2);
try {
  await withTestApp(async ({ env }) => {
    const extra = cmd === "playwright" ? { PREPLOOP_CHROMIUM: ensureChromium() } : {};
    await run(cmd, args, { env: { ...env, ...extra } });
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = e?.exitCode ?? 1;
}
