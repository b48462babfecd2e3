import { route } from "@/lib/server/http";
import { deleteAccountSchema } from "@/lib/accounts/schema";
import { deleteAccount } from "@/lib/accounts/delete-account";

/** Deletes the signed-in user's account and all their data. */
export const DELETE = route({ body: deleteAccountSchema }, async ({ user, body }) => {
  await deleteAccount(user.id, body);
  return { ok: true };
});

export * from "@/lib/server/method-not-allowed";
