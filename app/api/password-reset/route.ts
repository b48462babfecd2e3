import * as responses from "@/lib/api/responses";
import { after } from "next/server";
import { NextResponse } from "next/server";
import {
  RESET_REQUESTED_MESSAGE,
  issuePasswordReset,
  throttleResetRequest,
} from "@/lib/accounts/password-reset";
import { resetRequestSchema } from "@/lib/accounts/security-schema";
import { clientAddress } from "@/lib/server/client-address";
import { env } from "@/lib/server/env";
import { route } from "@/lib/server/http";
import { log } from "@/lib/server/log";

/**
 * "Forgot your password?": `{ email }` → 202 with the same answer whether or not the email has
 * an account; the lookup and the mail happen after the response. 429 when throttled.
 */
export const POST = route(
  {
    operationId: "requestPasswordReset",
    summary: "Ask for a password-reset link",
    response: responses.requestPasswordReset,
    status: 202,
    errors: ["too_many_attempts"],
    auth: false,
    body: resetRequestSchema,
  },
  async ({ req, body }) => {
    await throttleResetRequest(body.email, clientAddress(req.headers));
    const baseUrl = env().NEXTAUTH_URL ?? req.nextUrl.origin;
    after(() =>
      issuePasswordReset(body.email, baseUrl).catch((e: unknown) =>
        log("error", "password_reset_failed", {
          message: e instanceof Error ? e.message.slice(0, 300) : String(e),
        }),
      ),
    );
    return NextResponse.json({ ok: true, message: RESET_REQUESTED_MESSAGE }, { status: 202 });
  },
);

export * from "@/lib/server/method-not-allowed";
