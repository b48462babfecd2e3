import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/tests/support/source-files";

// lib/server (the session check, route wrapper, page helpers, db, env) is the ground every
// domain stands on: it imports no domain (next-auth's sign-in setup is lib/accounts/auth-options.ts).

/** The layer of a file under lib/: its folder (or the file, at the top of lib/). */
function layerOf(file: string): string {
  const [, first] = file.split("/");
  return first!.replace(/\.tsx?$/, "");
}

function importsOf(file: string): string[] {
  const text = readSource(file);
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"([^"]+)"/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    if (spec.startsWith("@/")) return [spec.slice(2)];
    if (spec.startsWith(".")) return [path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))];
    return [];
  });
}

/** Layer → the layers it imports (files under lib/ only; generated code left out). */
function layerGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const files = sourceFiles("lib");
  const known = new Set(files);
  for (const file of files) {
    const from = layerOf(file);
    const to = graph.get(from) ?? new Set<string>();
    graph.set(from, to);
    for (const target of importsOf(file)) {
      if (!target.startsWith("lib/") || target.startsWith("lib/generated/")) continue;
      const resolved = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((f) => known.has(f));
      const layer = layerOf(resolved ?? target);
      if (layer !== from) to.add(layer);
    }
  }
  return graph;
}

/** Each pair of layers that reach each other, as "a -> ... -> a" paths. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  for (const start of graph.keys()) {
    const seen = new Set<string>();
    const stack: string[][] = [[start]];
    while (stack.length) {
      const trail = stack.pop()!;
      for (const next of graph.get(trail.at(-1)!) ?? []) {
        if (next === start) found.push([...trail, start].join(" -> "));
        else if (!seen.has(next)) {
          seen.add(next);
          stack.push([...trail, next]);
        }
      }
    }
  }
  return found;
}

describe("lib/ layers", () => {
  it("reads the imports it checks (a sample of known arrows)", () => {
    const graph = layerGraph();
    expect(graph.get("plan")?.has("calendar")).toBe(true);
    expect(graph.get("accounts")?.has("server")).toBe(true);
  });

  it("lib/server imports no domain: only the shared messages and safe paths", () => {
    expect([...(layerGraph().get("server") ?? [])].sort()).toEqual(["messages", "safe-path"]);
  });

  it("no folder of lib/ imports a folder that imports it back (directly or around a loop)", () => {
    expect(cycles(layerGraph())).toEqual([]);
  });

  it("finds a loop when there is one", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(cycles(graph)).toEqual(["a -> b -> c -> a", "b -> c -> a -> b", "c -> a -> b -> c"]);
  });
});
