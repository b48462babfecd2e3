import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components, so a signed-out visitor can be
// sent back to the page they asked for after signing in.
export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.set("x-preploop-path", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
