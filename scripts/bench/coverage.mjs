// Key-point coverage (offline engine, no app or database): quality against the labelled set in
// tests/fixtures/coverage and time per answer. The work is in coverage.ts, run with tsx.
import { run as runCommand } from "../lib/run.mjs";

export async function run() {
  await runCommand("tsx", [
    "scripts/bench/coverage.ts",
    ...process.argv.slice(3).filter((a) => a.startsWith("--")),
  ]);
}
