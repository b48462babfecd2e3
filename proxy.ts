import { NextResponse, type NextRequest } from "next/server";
import { pageCsp } from "@/lib/csp";
import { isDevelopment } from "@/lib/server/env";

// Runs before every page (and before API requests whose address holds a `%`, see the
// matcher). Pages: a fresh CSP nonce per request, given to Next through the request's
// Content-Security-Policy header (Next puts it on its own scripts) and x-nonce (for ours),
// and the requested path, so a signed-out visitor can be sent back after signing in.
// See docs/decisions/0013-request-edge-and-csp.md.
export function proxy(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith("/api/")) return apiAddressCheck(req);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const csp = pageCsp(nonce, isDevelopment());
  const headers = new Headers(req.headers);
  headers.set("x-preploop-path", req.nextUrl.pathname + req.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

/**
 * An API address whose percent-encoding does not decode (`/api/offers/%ff%fe`, an encoded
 * lone surrogate) would make Next answer a text/plain 400 while matching the route:
 * answer the API's JSON error instead.
 */
function apiAddressCheck(req: NextRequest) {
  const raw = rawPath(req.url);
  try {
    decodeURIComponent(raw);
  } catch {
    return NextResponse.json(
      { error: { code: "invalid_address", message: "The address is not valid: it holds a broken %-escape." } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return NextResponse.next();
}

/** The path as sent, still percent-encoded (`new URL` keeps escapes as they are). */
function rawPath(url: string) {
  return new URL(url).pathname;
}

// Pages: everything but API routes and static files. API: only addresses with a `%` (the
// only ones that can fail to decode), and only when the body is absent or declared small,
// because a proxy makes Next copy the whole request body before the route handler runs
// (up to 10 MB, waiting for its end): a large or chunked upload must reach the handler's
// streaming size check directly. (Matcher values must be literals: Next reads them at build.)
export const config = {
  matcher: [
    "/((?!api|_next/static|_next/image|favicon.ico).*)",
    {
      source: "/api/:rest(.*%.*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
    { source: "/api/:rest(.*%.*)", has: [{ type: "header", key: "content-length", value: "\\d{1,5}" }] },
  ],
};
