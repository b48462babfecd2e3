// Reads the project's own source files for tests that check its structure (which file may
// import or read what). Paths are relative to the project root, with forward slashes.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every .ts/.tsx file under `dir` (relative to the root), generated code left out. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== "generated" && e.name !== "node_modules") walk(child);
      } else if (/\.tsx?$/.test(e.name)) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

export function readSource(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), "utf8");
}
