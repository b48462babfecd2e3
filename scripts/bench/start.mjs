// npm run bench start: a fresh clone's `npm start` to the first healthy /api/health.
// Clones HEAD (`git clone --local`: committed work only) into a temporary folder, hard-links
// node_modules from this checkout (`cp -al`; `npm ci` is not part of the target) and generates
// the Prisma client there (what `npm ci`'s postinstall does), then times `npm start` with a
// fresh embedded database on a free port and a free app port. Prints start.mjs's phase lines
// with their time since launch, the wall time, and the CPU time (user + sys) of the children
// start.mjs has waited for when the app first answers (database tools, migrate, seed, build;
// not the still-running PostgreSQL and app server), read from /proc/<pid>/stat (Linux).
// PREPLOOP_BENCH_START_KEEP=1 keeps the clone (its path is printed).
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../lib/app-server.mjs";
import { root } from "../lib/run.mjs";

async function healthy(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** cutime + cstime of `pid` in seconds: the CPU of the children it has reaped (Linux). */
function childrenCpu(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    return (Number(fields[13]) + Number(fields[14])) / ticks; // fields 16 and 17 of stat(5)
  } catch {
    return null;
  }
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-start-"));
  console.log(`clone: ${dir}`);
  execFileSync("git", ["clone", "--quiet", "--local", root, dir], { stdio: "inherit" });
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  execFileSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: dir, stdio: "ignore" });
  const [dbPort, appPort] = [await freePort(), await freePort()];
  const env = { ...process.env, PREPLOOP_DB_PORT: String(dbPort), PORT: String(appPort), NEXT_TELEMETRY_DISABLED: "1" };
  for (const k of ["DATABASE_URL", "PREPLOOP_DATA_DIR", "NEXTAUTH_URL"]) delete env[k];

  const t0 = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
  const lines = [];
  const onData = (d) => {
    for (const line of String(d).split("\n")) {
      if (!line.trim()) continue;
      const at = (performance.now() - t0) / 1000;
      lines.push({ at, line });
      if (/^\[(start|build|seed)\]|✓ Compiled|Skipping|error/i.test(line)) console.log(`  ${at.toFixed(1).padStart(6)} s  ${line}`);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise((r) => child.once("exit", r));
  let wall = null;
  let cpu = null;
  const load0 = os.loadavg()[0];
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${lines.slice(-15).map((l) => l.line).join("\n")}`);
      if (await healthy(`http://localhost:${appPort}/api/health`)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    wall = (performance.now() - t0) / 1000;
    cpu = childrenCpu(child.pid);
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    if (process.env.PREPLOOP_BENCH_START_KEEP !== "1") fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `fresh clone npm start → first healthy /api/health: ${wall.toFixed(1)} s wall; CPU of the finished children ${cpu === null ? "?" : cpu.toFixed(1)} s` +
      ` (load average ${load0.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end; ${os.cpus().length} cores)`,
  );
}
