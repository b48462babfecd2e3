// Re-exported by every app/api route file: export only HTTP method names from here
// (Next refuses any other export of a route file).
import { NextResponse } from "next/server";
import { METHOD_NOT_ALLOWED } from "./method-fallback";

/**
 * A method a route file does not implement answers 405 in the API's one error shape
 * (Next's own 405 has an empty body). Each `app/api/.../route.ts` ends with
 * `export * from "@/lib/server/method-not-allowed";`: a module's own exports take
 * precedence over `export *`, so only the methods it does not define fall through here.
 */
function methodNotAllowed(req: Request) {
  return NextResponse.json(
    { error: { code: "method_not_allowed", message: `${req.method} is not allowed at this address.` } },
    { status: 405, headers: { "Cache-Control": "no-store" } },
  );
}
Object.defineProperty(methodNotAllowed, METHOD_NOT_ALLOWED, { value: true });

export {
  methodNotAllowed as GET,
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
