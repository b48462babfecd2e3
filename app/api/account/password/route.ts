import { changePassword } from "@/lib/accounts/password-change";
import { changePasswordSchema } from "@/lib/accounts/security-schema";
import { route } from "@/lib/server/http";

/** `{ currentPassword, newPassword }`: changes the password; every other session ends. */
export const POST = route({ body: changePasswordSchema }, async ({ user, body }) => ({
  ok: true,
  ...(await changePassword(user, body.currentPassword, body.newPassword)),
}));

export * from "@/lib/server/method-not-allowed";
