// npm run bench [name…]: runs the benchmarks and prints their numbers (nothing is asserted).
import fs from "node:fs";
import path from "node:path";
import { root } from "./lib/run.mjs";

const dir = path.join(root, "scripts", "bench");
const all = fs.readdirSync(dir).filter((f) => f.endsWith(".mjs") && f !== "lib.mjs").map((f) => f.replace(/\.mjs$/, ""));
const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : all;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark ${name}; available: ${all.join(", ")}`);
    process.exit(2);
  }
  const { run } = await import(path.join(dir, `${name}.mjs`));
  console.log(`\n=== ${name}`);
  await run();
}
