import NextAuth from "next-auth";
import { type NextRequest } from "next/server";
import { captureSignInThrottle } from "@/lib/accounts/sign-in-throttle";
import { authOptions } from "@/lib/accounts/auth-options";
import { HttpError } from "@/lib/server/errors";
import { errorResponse, toErrorResponse } from "@/lib/server/http";
import { checkAuthRequest } from "@/lib/accounts/auth-request";

type Ctx = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's endpoints, behind a check that answers odd requests (unknown actions or
 * providers, wrong methods, bodies next-auth would choke on) in the one error shape instead
 * of next-auth's 500s. Sign-in throttling happens inside `authorize` (every path passes
 * there); a throttled attempt is answered here as 429 with Retry-After, and an attempt whose
 * check failed (database fault, full pool) as that error (503 + Retry-After for a full pool),
 * not as next-auth's "wrong password" redirect.
 */
async function handle(req: NextRequest, ctx: Ctx) {
  try {
    const options = authOptions();
    const { nextauth } = await ctx.params;
    await checkAuthRequest(req, nextauth, new Set((options.providers ?? []).map((p) => p.id)));
    const handler = NextAuth(options) as (req: NextRequest, ctx: Ctx) => Promise<Response>;
    const { result, refused, failed } = await captureSignInThrottle(() => handler(req, ctx));
    if (refused) {
      return errorResponse(
        new HttpError(429, "too_many_attempts", refused.message, undefined, {
          "Retry-After": String(refused.retryAfter),
        }),
      );
    }
    // The password could not be checked (e.g. the database pool is full: 503 + Retry-After).
    if (failed) return toErrorResponse(failed.error, req);
    return result;
  } catch (err) {
    return toErrorResponse(err, req);
  }
}

export { handle as GET, handle as POST };
