// node scripts/bench/lighthouse/hydration.mjs [--no-build] [pages]: what a page makes the browser do
// at start-up, counted (not timed, so the machine's load does not move it): scripts requested and
// their bytes, the RSC payload inlined in the HTML, and the React tree after hydration — client
// component instances (function, class, forwardRef and memo fibers: server components have no fiber
// in the browser), host elements, and Suspense boundaries still dehydrated. Same user and data as
// `npm run bench lighthouse` (scripts/bench/lighthouse-data.ts), in Chromium at 412 × 823 (Lighthouse's
// phone). --no-build measures the build in .next as it is (e.g. a base build kept for comparison).
// Not a benchmark of its own: scripts/bench.mjs runs only the .mjs files directly in scripts/bench.
import { chromium } from "playwright";
import { freePort, startAppServer } from "../../lib/app-server.mjs";
import { ensureChromium } from "../../lib/browser.mjs";
import { ensureBuild } from "../../lib/build.mjs";
import { migrateDeploy, resolveDatabase, seed } from "../../lib/database.mjs";
import { run as runCmd } from "../../lib/run.mjs";
import { signIn, signUp } from "../lib.mjs";

const args = process.argv.slice(2);
const noBuild = args.includes("--no-build");
const pages = args.find((a) => a.startsWith("/"))?.split(",") ?? ["/mocks/{id}/report", "/plan", "/offers/compare"];

// A stand-in for React DevTools' hook: react-dom hands it each committed root.
const HOOK = `window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, renderers: new Map(), isDisabled: false,
  inject(r) { this.renderers.set(this.renderers.size + 1, r); return this.renderers.size; },
  onCommitFiberRoot(_id, root) { (window.__roots ??= new Set()).add(root); },
  onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, onScheduleFiberRoot() {}, checkDCE() {},
};`;

function countFibers() {
  const c = { components: 0, host: 0, text: 0, dehydrated: 0 };
  const walk = (f) => {
    for (let n = f; n; n = n.sibling) {
      if ([0, 1, 11, 14, 15].includes(n.tag)) c.components++;
      else if (n.tag === 5 || n.tag === 26 || n.tag === 27) c.host++;
      else if (n.tag === 6) c.text++;
      else if (n.tag === 13 && n.memoizedState?.dehydrated) c.dehydrated++;
      if (n.child) walk(n.child);
    }
  };
  for (const root of window.__roots ?? []) walk(root.current.child);
  return c;
}

const SIGNED_OUT = new Set(["/", "/sign-in"]);

const db = await resolveDatabase({ database: "preploop_bench_hydration", urlVar: "BENCH_DATABASE_URL", recreate: true });
let server;
let browser;
try {
  await migrateDeploy(db.url);
  await seed(db.url);
  if (!noBuild) await ensureBuild();
  server = await startAppServer({ port: await freePort(), env: { DATABASE_URL: db.url, NEXTAUTH_SECRET: "preploop-bench-secret-0123456789abcdefghij" } });
  const baseUrl = server.baseUrl;
  const { email, password, user } = await signUp(baseUrl, { tag: "hydration", displayName: "Light House" });
  const out = await runCmd("tsx", ["scripts/bench/lighthouse-data.ts", user.id], { env: { DATABASE_URL: db.url }, quiet: true });
  const { mockId } = JSON.parse(out.trim().split("\n").at(-1));
  const cookie = await signIn(baseUrl, email, password);
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? ensureChromium() });
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addCookies([{ name, value, url: baseUrl }]);
  await context.addInitScript(HOOK);
  // Signed in, `/` and `/sign-in` only redirect to /dashboard: they are counted signed out, as
  // `npm run bench lighthouse` measures them.
  const signedOut = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await signedOut.addInitScript(HOOK);
  console.log("page                  scripts  script KiB  RSC KiB  components  host  text  dehydrated  recharts");
  for (const p of pages) {
    const page = await (SIGNED_OUT.has(p) ? signedOut : context).newPage();
    const scripts = [];
    page.on("response", async (r) => {
      if (r.request().resourceType() !== "script") return;
      scripts.push(r.url());
      const body = await r.body().catch(() => Buffer.alloc(0));
      scripts.bytes = (scripts.bytes ?? 0) + body.length;
    });
    await page.goto(`${baseUrl}${p.replace("{id}", mockId)}`, { waitUntil: "load" });
    // Hydrated and settled: no request for 500 ms (the links' prefetches included).
    await page.waitForLoadState("networkidle");
    // …and hydrated (a commit reached the hook), then idle twice (effects and late commits done).
    await page.waitForFunction(() => (window.__roots?.size ?? 0) > 0);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestIdleCallback(() => r(), { timeout: 5000 }), { timeout: 5000 })));
    const rsc = await page.evaluate(() =>
      [...document.querySelectorAll("script:not([src])")].filter((s) => s.textContent.includes("self.__next_f")).reduce((n, s) => n + s.textContent.length, 0),
    );
    const fibers = await page.evaluate(countFibers);
    const recharts = await page.evaluate(() => document.querySelectorAll(".recharts-surface").length);
    console.log(
      [p.padEnd(20), String(scripts.length).padStart(8), ((scripts.bytes ?? 0) / 1024).toFixed(0).padStart(11), (rsc / 1024).toFixed(0).padStart(8),
        String(fibers.components).padStart(11), String(fibers.host).padStart(5), String(fibers.text).padStart(5), String(fibers.dehydrated).padStart(11), String(recharts).padStart(9)].join(" "),
    );
    await page.close();
  }
} finally {
  await browser?.close();
  await server?.stop();
  await db.stop();
}
