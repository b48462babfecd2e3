// npm run bench lighthouse: Lighthouse 12 (pinned; newer needs Node 22 here) on the listed pages,
// signed in as a user with the demo's six weeks of history, a finished mock (/mocks/{id} of a finished
// mock redirects to its report, so the report is measured), two offers and a
// plan (scripts/bench/lighthouse-data.ts), with the desktop and the mobile preset. Prints the four
// category scores and LCP / TBT / CLS per page in one table, then what Lighthouse flagged in the
// categories below 100. The machine's load average is printed with it: the numbers move with it.
// Env: PREPLOOP_LH_PAGES=/dashboard,/plan (a subset), PREPLOOP_LH_PRESETS=mobile (one preset),
// PREPLOOP_LH_OUT=<dir> (keep each JSON report there), PREPLOOP_LH_TRACE=1 (with PREPLOOP_LH_OUT: also
// each run's Chrome trace, <page>-<preset>.trace.json, for a CPU profile by function: scripts/bench/lighthouse/profile.mjs),
// PREPLOOP_LH_RUNS=N (default 1): N runs per page and preset; the row is the run with the median
// performance score (Lighthouse's own advice: one run's mobile score moved by up to 11 points
// between two quiet runs here) and the `runs` column lists every run's score.
// Numbers only; nothing is asserted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ensureChromium } from "../lib/browser.mjs";
import { root, run as runCmd } from "../lib/run.mjs";
import { signIn, signUp, withBenchApp } from "./lib.mjs";

const PAGES = ["/", "/sign-in", "/dashboard", "/questions", "/practice", "/mocks/{id}/report", "/offers/compare", "/plan"];
// Signed in, these two only redirect to /dashboard (measured on its own), and Chrome drops a
// Cookie header set through Lighthouse's extraHeaders on the redirect: they are measured as a
// visitor sees them, signed out.
const SIGNED_OUT = new Set(["/", "/sign-in"]);
const PRESETS = { desktop: desktopConfig, mobile: undefined /* Lighthouse's default: a mid-range phone, 4× CPU, slow 4G */ };
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const RUNS = Math.max(1, Number(process.env.PREPLOOP_LH_RUNS ?? 1) || 1);
const perfOf = (lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

// PREPLOOP_LH_TRACE=1: the trace also samples JavaScript (V8's CPU profiler), for a profile by function.
const TRACE = process.env.PREPLOOP_LH_TRACE === "1";
const withTrace = (config) => {
  if (!TRACE) return config;
  const base = config ?? { extends: "lighthouse:default" };
  return { ...base, settings: { ...base.settings, additionalTraceCategories: "disabled-by-default-v8.cpu_profiler" } };
};

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" / ");

/**
 * Signs up a user, gives it the data (scripts/bench/lighthouse-data.ts), then signs it in (the
 * data bumps the user's session version, which ends earlier sessions). Returns its session cookie
 * and the id of its finished mock.
 */
async function userWithData(baseUrl, databaseUrl) {
  const { email, password, user } = await signUp(baseUrl, { tag: "lighthouse", displayName: "Light House" });
  const out = await runCmd("tsx", ["scripts/bench/lighthouse-data.ts", user.id], { env: { DATABASE_URL: databaseUrl }, quiet: true });
  const { mockId } = JSON.parse(out.trim().split("\n").at(-1));
  return { cookie: await signIn(baseUrl, email, password), mockId };
}

function row(page, preset, lhr) {
  const score = (c) => (lhr.categories[c]?.score == null ? "–" : String(Math.round(lhr.categories[c].score * 100)));
  const ms = (a) => (lhr.audits[a]?.numericValue == null ? "–" : `${Math.round(lhr.audits[a].numericValue)}`);
  const cls = lhr.audits["cumulative-layout-shift"]?.numericValue;
  return [page, preset, ...CATEGORIES.map(score), ms("largest-contentful-paint"), ms("total-blocking-time"), cls == null ? "–" : cls.toFixed(3), Math.round(lhr.environment.benchmarkIndex)];
}

function flagged(lhr) {
  const out = [];
  for (const c of ["performance", "accessibility", "best-practices"]) {
    const cat = lhr.categories[c];
    if (!cat || cat.score === 1) continue;
    const failing = cat.auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score !== null && lhr.audits[r.id]?.score < 0.9)
      .map((r) => `${r.id}${lhr.audits[r.id].displayValue ? ` (${lhr.audits[r.id].displayValue})` : ""}`);
    if (failing.length) out.push(`${c}: ${failing.join(", ")}`);
  }
  if (lhr.runtimeError) out.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return out;
}

function printTable(rows) {
  // bench: Lighthouse's benchmarkIndex of the machine during that run (higher is faster): the load the numbers were taken under.
  const head = ["page", "preset", "perf", "a11y", "best", "seo", "LCP ms", "TBT ms", "CLS", "bench", "runs"];
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join("  ");
  console.log(line(head));
  console.log(w.map((n) => "-".repeat(n)).join("  "));
  for (const r of rows) console.log(line(r));
}

export async function run() {
  const pages = process.env.PREPLOOP_LH_PAGES?.split(",").map((s) => s.trim()).filter(Boolean) ?? PAGES;
  const presets = process.env.PREPLOOP_LH_PRESETS?.split(",").map((s) => s.trim()).filter(Boolean) ?? Object.keys(PRESETS);
  const outDir = process.env.PREPLOOP_LH_OUT ? path.resolve(root, process.env.PREPLOOP_LH_OUT) : null;
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  await withBenchApp("preploop_bench_lighthouse", async ({ baseUrl, databaseUrl }) => {
    const { cookie, mockId } = await userWithData(baseUrl, databaseUrl);
    // Warm each page once (fills the server's caches); a page that sends the user elsewhere is a broken run.
    for (const p of pages) {
      const res = await fetch(`${baseUrl}${p.replace("{id}", mockId)}`, { headers: SIGNED_OUT.has(p) ? {} : { cookie }, redirect: "manual" });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`);
    }
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? ensureChromium(),
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
    });
    const rows = [];
    const notes = [];
    console.log(`load average (1/5/15 min) at the start: ${load()} on ${os.cpus().length} cores`);
    try {
      for (const p of pages) {
        for (const preset of presets) {
          const url = `${baseUrl}${p.replace("{id}", mockId)}`;
          const results = [];
          for (let i = 0; i < RUNS; i++) {
            results.push(
              await lighthouse(
                url,
                { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, extraHeaders: SIGNED_OUT.has(p) ? null : { Cookie: cookie } },
                withTrace(PRESETS[preset]),
              ),
            );
          }
          // The median run by performance score (the lower middle one for an even count).
          const sorted = [...results].sort((a, b) => perfOf(a.lhr) - perfOf(b.lhr));
          const result = sorted[Math.floor((sorted.length - 1) / 2)];
          const lhr = result.lhr;
          if (lhr.finalDisplayedUrl !== url) notes.push(`${p} ${preset}: ended on ${lhr.finalDisplayedUrl}`);
          rows.push([...row(SIGNED_OUT.has(p) ? `${p} (signed out)` : p, preset, lhr), results.map((r) => perfOf(r.lhr)).join("/")]);
          for (const n of flagged(lhr)) notes.push(`${p} ${preset}: ${n}`);
          // Accessibility and best practices must be 100 in every run, not only in the median one.
          results.forEach((r, i) => {
            if (r === result) return;
            for (const n of flagged(r.lhr).filter((x) => !x.startsWith("performance:"))) notes.push(`${p} ${preset} (run ${i + 1}): ${n}`);
          });
          if (outDir) fs.writeFileSync(path.join(outDir, `${p.replace(/[^a-z0-9]+/gi, "_") || "_"}-${preset}.json`), result.report);
          if (outDir && TRACE && result.artifacts?.Trace) {
            fs.writeFileSync(path.join(outDir, `${p.replace(/[^a-z0-9]+/gi, "_") || "_"}-${preset}.trace.json`), JSON.stringify(result.artifacts.Trace));
          }
        }
      }
    } finally {
      await chrome.kill();
    }
    console.log(`load average (1/5/15 min) at the end: ${load()}`);
    printTable(rows);
    if (notes.length) {
      console.log("\nflagged (audits below 0.9 in categories under 100):");
      for (const n of notes) console.log(`  ${n}`);
    }
  });
}
