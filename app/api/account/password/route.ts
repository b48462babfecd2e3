import * as responses from "@/lib/api/responses";
import { changePassword } from "@/lib/accounts/password-change";
import { changePasswordSchema } from "@/lib/accounts/security-schema";
import { route } from "@/lib/server/http";

/** `{ currentPassword, newPassword }`: changes the password; every other session ends. */
export const POST = route(
  {
    operationId: "changePassword",
    summary: "Change your password (other sessions end)",
    response: responses.changePassword,
    errors: ["no_password", "too_many_attempts", "demo_account"],
    body: changePasswordSchema,
  },
  async ({ user, body }) => ({
    ok: true,
    ...(await changePassword(user, body.currentPassword, body.newPassword)),
  }),
);

export * from "@/lib/server/method-not-allowed";
