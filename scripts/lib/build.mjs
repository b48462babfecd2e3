// "Build if needed": rebuild the Next.js app only when its inputs changed since the last build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { root, run } from "./run.mjs";

const INPUT_DIRS = ["app", "components", "lib", "public", "prisma/schema"];
// This file too: what it does after `next build` (compile hints) is part of the build.
const INPUT_FILES = ["scripts/lib/build.mjs", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts"];
const STAMP = path.join(root, ".next", "preploop-build-hash");

function* walk(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full.endsWith(path.join("lib", "generated"))) continue;
      yield* walk(full);
    } else yield full;
  }
}

export function sourceHash() {
  const h = crypto.createHash("sha256");
  const files = [...INPUT_DIRS.flatMap((d) => [...walk(path.join(root, d))]), ...INPUT_FILES.map((f) => path.join(root, f))]
    .filter((f) => fs.existsSync(f))
    .sort();
  for (const f of files) {
    h.update(path.relative(root, f));
    h.update(fs.readFileSync(f));
  }
  return h.digest("hex");
}

/**
 * What our scripts' `next build` runs with (read by next.config.js): no type-check, no
 * build cache written on a checkout's first build, and the server bundle unminified and
 * without source maps (PREPLOOP_BUILD_LEAN_SERVER; the browser's JavaScript is unchanged).
 */
export function buildEnv({ first }) {
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    PREPLOOP_BUILD_SKIP_TYPECHECK: "1",
    PREPLOOP_BUILD_CACHE: first ? "0" : "1",
    PREPLOOP_BUILD_LEAN_SERVER: "1",
  };
}

/** V8's explicit compile hint (Chrome 136 on): compile all of the file's functions eagerly. */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Marks the framework's chunks for eager compilation: the build manifest's rootMainFiles (React,
 * Next's client router, Turbopack's runtime), which every page evaluates as soon as they arrive.
 * Left lazy, V8 compiles each module's function on the main thread when it first runs, inside one
 * long task (about 60 ms of the dashboard's start-up unthrottled); with the hint Chrome compiles
 * them while the script streams in, on a background thread. Other browsers ignore the comment.
 * Idempotent; returns how many files it marked now. Decision 0025, "Session 13".
 */
export function addCompileHints(nextDir = path.join(root, ".next")) {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8"));
  let marked = 0;
  for (const file of manifest.rootMainFiles ?? []) {
    const full = path.join(nextDir, file);
    const text = fs.readFileSync(full, "utf8");
    if (text.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(full, COMPILE_HINT + text);
    marked++;
  }
  return marked;
}

/**
 * Builds when the inputs changed. Our scripts skip Next's own type-check during the build
 * (PREPLOOP_BUILD_SKIP_TYPECHECK, read by next.config.js): `npm test` runs `tsc --noEmit` over
 * the whole project, and start-up does not need it (about half of a cold build's time).
 * A plain `next build` (npm run build) still type-checks (and adds no compile hints).
 */
export async function ensureBuild({ force = false, signal } = {}) {
  const hash = sourceHash();
  const current = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, "utf8").trim() : null;
  if (!force && current === hash && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("[build] the app is up to date");
    return;
  }
  // A checkout's first build (no .next: a fresh clone) does not write Turbopack's build cache
  // (.next/cache), which only a later rebuild reads: writing it took ~7.6 of a 25-minute build
  // under load (docs/decisions/0022, Session 7). Later builds write and read it as usual.
  const first = !fs.existsSync(path.join(root, ".next"));
  console.log(`[build] building the app (next build${first ? ", first build: no build cache written" : ""})…`);
  const t0 = Date.now();
  await run("next", ["build"], { env: buildEnv({ first }), signal });
  addCompileHints();
  fs.writeFileSync(STAMP, hash);
  console.log(`[build] done in ${Math.round((Date.now() - t0) / 1000)} s`);
}
