import NextAuth from "next-auth";
import { type NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth";
import { clientAddress } from "@/lib/server/client-address";
import { HttpError } from "@/lib/server/errors";
import { errorResponse } from "@/lib/server/http";
import { signInRetryAfter } from "@/lib/accounts/throttle-store";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handle(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (req.method === "POST" && nextauth.join("/") === "callback/credentials") {
    // Throttle before any password is checked: 429 with Retry-After, counted in PostgreSQL.
    const form = await req.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const wait = await signInRetryAfter(email, clientAddress(req.headers));
    if (wait !== null) {
      const minutes = Math.ceil(wait / 60);
      return errorResponse(
        new HttpError(
          429,
          "too_many_attempts",
          `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
          undefined,
          { "Retry-After": String(wait) },
        ),
      );
    }
  }
  const handler = NextAuth(authOptions()) as (req: NextRequest, ctx: Ctx) => Promise<Response>;
  return handler(req, ctx);
}

export { handle as GET, handle as POST };
