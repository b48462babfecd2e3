// Small process helpers shared by the scripts.
import { spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command to completion; rejects with its exit code. `signal` aborts it (SIGTERM). */
export function run(cmd, args, { env = {}, quiet = false, signal } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd.includes("/") ? cmd : bin(cmd), args, {
      cwd: root,
      signal,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...env },
    });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output);
      else {
        if (quiet) process.stderr.write(output);
        const err = new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`);
        err.exitCode = code ?? 1;
        reject(err);
      }
    });
  });
}

/** Runs the Prisma CLI with the timer preload that lets it exit promptly. */
export function prisma(args, opts = {}) {
  return run(
    process.execPath,
    ["--require", path.join(root, "scripts/lib/unref-timers.cjs"), path.join(root, "node_modules/prisma/build/index.js"), ...args],
    opts,
  );
}
