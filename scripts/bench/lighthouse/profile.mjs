// node scripts/bench/lighthouse/profile.mjs <trace.json> [top]: where a Lighthouse run's main thread
// went (a trace kept with PREPLOOP_LH_TRACE=1): self time of the sampled JavaScript by function and
// script, and the browser's own work (style, layout, parsing) from the trace's events. Unthrottled
// times of the run (Lighthouse's mobile preset simulates 4× slower); proportions are what to read.
// Not a benchmark of its own: scripts/bench.mjs runs only the .mjs files directly in scripts/bench.
import fs from "node:fs";

export function profile(trace, top = 25) {
  const events = trace.traceEvents ?? trace;
  const main = mainThread(events);
  const nodes = new Map();
  const self = new Map();
  for (const e of events) {
    if (e.name !== "ProfileChunk" || e.pid !== main.pid) continue;
    const cp = e.args?.data?.cpuProfile;
    for (const n of cp?.nodes ?? []) nodes.set(n.id, n.callFrame);
    const deltas = e.args.data.timeDeltas ?? [];
    (cp?.samples ?? []).forEach((id, i) => {
      const f = nodes.get(id);
      if (!f || ["(idle)", "(program)", "(root)"].includes(f.functionName)) return;
      const key = `${f.functionName || "(anonymous)"}  ${short(f.url)}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ""}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  const byScript = new Map();
  for (const [k, ms] of self) {
    const script = k.split("  ")[1]?.replace(/:\d+:\d+$/, "") || "(native)";
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  const browser = new Map();
  for (const e of events) {
    if (e.ph !== "X" || e.pid !== main.pid || e.tid !== main.tid) continue;
    if (["UpdateLayoutTree", "Layout", "ParseHTML", "Paint", "PrePaint", "Layerize", "HitTest", "EvaluateScript", "v8.compile", "FunctionCall", "RunTask"].includes(e.name)) {
      browser.set(e.name, (browser.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { functions: sorted(self).slice(0, top), scripts: sorted(byScript).slice(0, top), browser: sorted(browser) };
}

/** The renderer main thread that did the most work (the page's; others are extensions, blank tabs). */
function mainThread(events) {
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const busy = (m) => events.reduce((s, e) => s + (e.name === "RunTask" && e.pid === m.pid && e.tid === m.tid ? (e.dur ?? 0) : 0), 0);
  const m = mains.map((x) => [x, busy(x)]).sort((a, b) => b[1] - a[1])[0][0];
  return { pid: m.pid, tid: m.tid };
}

const short = (url) => (url ? url.replace(/^https?:\/\/[^/]+/, "").replace("/_next/static/chunks/", "") : "");

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2);
  const r = profile(JSON.parse(fs.readFileSync(file, "utf8")), Number(top ?? 25));
  const line = ([k, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${k}`;
  console.log("JavaScript self time by script:");
  r.scripts.forEach((x) => console.log(line(x)));
  console.log("\nJavaScript self time by function:");
  r.functions.forEach((x) => console.log(line(x)));
  console.log("\nBrowser work on the main thread (trace events, nested ones counted in their parents too):");
  r.browser.forEach((x) => console.log(line(x)));
}
