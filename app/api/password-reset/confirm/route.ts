import * as responses from "@/lib/api/responses";
import { resetPassword } from "@/lib/accounts/password-reset";
import { resetConfirmSchema } from "@/lib/accounts/security-schema";
import { route } from "@/lib/server/http";

/** `{ token, password }`: sets a new password with an emailed link; every session ends. */
export const POST = route(
  {
    operationId: "confirmPasswordReset",
    summary: "Set a new password with an emailed link",
    response: responses.confirmPasswordReset,
    errors: ["invalid_token"],
    auth: false,
    body: resetConfirmSchema,
  },
  async ({ body }) => {
    await resetPassword(body.token, body.password);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
