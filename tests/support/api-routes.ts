// Finds every HTTP method handler of the App Router's API at run time, by reading the
// route files from disk (nothing is imported, from Next or from the app): each
// app/api/**/route.(ts|js) file becomes a path pattern (`/api/offers/[id]`) and each exported
// method name (`export const GET`, `export async function GET`, `export { h as GET }`,
// `export const { GET, POST } = …`, `export { GET } from "…"`) one operation.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type RouteFile = { file: string; pattern: string; methods: HttpMethod[] };

const ROUTE_FILE = /^route\.(ts|tsx|js|jsx|mjs)$/;
const isMethod = (s: string): s is HttpMethod => (HTTP_METHODS as readonly string[]).includes(s);

/** Source text with comments removed and string/template contents blanked (same length). */
export function stripCommentsAndStrings(src: string): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === "/" && next === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end === -1 ? src.length : end + 2;
      out += " ";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      // Keep the quotes (so `from "x"` still parses) and blank the contents.
      out += c;
      i++;
      while (i < src.length && src[i] !== c) {
        if (src[i] === "\\") i++;
        i++;
      }
      out += c;
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const METHOD_FALLBACK = /^export \* from "@\/lib\/server\/method-not-allowed";$/m;

/**
 * The HTTP methods a route module exports, in source order without duplicates. Throws on
 * `export *`, except the method-not-allowed fallback.
 */
export function exportedMethods(source: string, where = "route file"): HttpMethod[] {
  // The one allowed `export *`: the JSON 405 for methods the file does not define (a file's own
  // exports win over it), so it adds no endpoint.
  const code = stripCommentsAndStrings(source.replace(METHOD_FALLBACK, ""));
  const found: string[] = [];
  if (/\bexport\s*\*/.test(code)) {
    throw new Error(`${where}: \`export *\` hides which methods are exported; list them by name.`);
  }
  // export async function GET(…) / export function GET(…)
  for (const m of code.matchAll(/\bexport\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) found.push(m[1]!);
  // export const GET = …, POST = …  /  export const { GET, POST } = …  /  export const { handlers: { GET } } = …
  for (const m of code.matchAll(/\bexport\s+(?:const|let|var)\s+/g)) {
    const rest = code.slice(m.index + m[0].length);
    if (rest.startsWith("{") || rest.startsWith("[")) {
      const pattern = balanced(rest);
      // Binding names: identifiers not followed by ":" (keys) — `{ a: b }` binds b, `{ a }` binds a.
      for (const b of pattern.matchAll(/([A-Za-z_$][\w$]*)\s*(?=[,}\]=]|$)/g)) found.push(b[1]!);
      continue;
    }
    found.push(...topLevelDeclarators(rest));
  }
  // export { a as GET, POST } [from "…"]
  for (const m of code.matchAll(/\bexport\s+(?:type\s+)?\{([^}]*)\}/g)) {
    if (/^\s*export\s+type\b/.test(m[0])) continue;
    for (const spec of m[1]!.split(",")) {
      const s = spec.trim();
      if (!s || s.startsWith("type ")) continue;
      const as = /\bas\s+([A-Za-z_$][\w$]*)$/.exec(s);
      found.push(as ? as[1]! : s);
    }
  }
  return [...new Set(found.filter(isMethod))];
}

/** The text of the bracketed group at the start of `s` (`{…}` or `[…]`). */
function balanced(s: string) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "{" || s[i] === "[" || s[i] === "(") depth++;
    else if (s[i] === "}" || s[i] === "]" || s[i] === ")") {
      depth--;
      if (depth === 0) return s.slice(0, i + 1);
    }
  }
  return s;
}

/** Names declared by `A = …, B = …;` (commas at nesting depth 0 only). */
function topLevelDeclarators(rest: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let expectName = true;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (expectName) {
      const m = /^\s*([A-Za-z_$][\w$]*)/.exec(rest.slice(i));
      if (!m) break;
      names.push(m[1]!);
      i += m[0].length - 1;
      expectName = false;
      continue;
    }
    if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    else if (c === ";" && depth === 0) break;
    else if (c === "," && depth === 0) expectName = true;
    else if (c === "\n" && depth === 0 && /^\n\s*(export|import|const|let|var|function|async|type|interface)\b/.test(rest.slice(i)))
      break;
  }
  return names;
}

/** `/api/offers/[id]` for app/api/offers/[id]/route.ts; route groups `(x)` are dropped. */
export function patternOf(appDir: string, file: string) {
  const rel = path.relative(appDir, path.dirname(file)).split(path.sep);
  const parts = rel.filter((p) => p && !(p.startsWith("(") && p.endsWith(")")) && !p.startsWith("@"));
  return "/" + parts.join("/");
}

/** Every route file under `<appDir>/api`, sorted by pattern. Private folders (`_x`) are skipped. */
export function discoverRoutes(appDir: string): RouteFile[] {
  const out: RouteFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith("_")) walk(p);
      } else if (ROUTE_FILE.test(e.name)) {
        const rel = path.relative(appDir, p);
        out.push({ file: rel, pattern: patternOf(appDir, p), methods: exportedMethods(readFileSync(p, "utf8"), rel) });
      }
    }
  };
  walk(path.join(appDir, "api"));
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The dynamic segments of a pattern: `[id]` → id, `[...path]` → path, `[[...slug]]` → slug. */
export function paramsOf(pattern: string): string[] {
  return [...pattern.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)].map((m) => m[1]!);
}
