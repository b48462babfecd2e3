// Where to send someone after signing in (or up): only a path inside this app.
// Pure and dependency-free, so server pages and client forms share one rule.
import { HOME_PATH } from "@/lib/navigation";

/** Longest `next` followed; anything longer falls back (a path this long is never ours). */
export const MAX_NEXT_LENGTH = 2048;
/** Percent-decoding layers inspected (`%255C` → `%5C` → `\`); deeper nesting is refused. */
const MAX_DECODE_LAYERS = 4;

// Control characters (C0, DEL, C1), format characters (zero-width, bidi overrides, BOM) and
// every kind of whitespace or separator except the plain space: browsers strip tabs and
// newlines from URLs, and the rest only ever serve to disguise a path.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BASE = "http://preploop.invalid";

/** One layer's shape: a single leading `/`, no backslash, no hidden characters. */
function layerIsSafe(s: string) {
  return (
    s.startsWith("/") &&
    s[1] !== "/" &&
    !s.includes("\\") &&
    !FORBIDDEN.test(s) &&
    !UNPAIRED_SURROGATE.test(s)
  );
}

/**
 * The in-app path to go to, or `null` when `input` is not one. `input` is the value as
 * the page received it (already percent-decoded once by the router). Every further
 * percent-decoding of it must also pass, so a path that some later layer would decode
 * into `//host` or `/\host` is refused; a `%` that does not decode stops the inspection
 * (nothing can decode it further). The result is what a browser would navigate to,
 * resolved against this origin (dot segments removed, spaces percent-encoded).
 */
export function safeInAppPath(input: unknown): string | null {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_NEXT_LENGTH) return null;
  let layer = input;
  for (let i = 0; ; i++) {
    if (!layerIsSafe(layer)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      break; // a malformed escape: no later layer can decode it either
    }
    if (decoded === layer) break;
    if (i === MAX_DECODE_LAYERS) return null;
    layer = decoded;
  }
  // Belt and braces: the WHATWG parser (the browser's) must keep it on this origin.
  let url: URL;
  try {
    url = new URL(input, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname + url.search + url.hash;
  return layerIsSafe(path) ? path : null;
}

/** `next` made safe: the in-app path, or the signed-in home page. */
export function safeNext(input: unknown, fallback: string = HOME_PATH): string {
  return safeInAppPath(input) ?? fallback;
}

/** `/sign-in` (or `/sign-up`) with a `next` that brings the person back to `path`. */
export function authPageHref(page: "/sign-in" | "/sign-up", path: unknown): string {
  const next = safeInAppPath(path);
  return next && next !== HOME_PATH ? `${page}?next=${encodeURIComponent(next)}` : page;
}
