import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { deleteAccountSchema } from "@/lib/accounts/schema";
import { deleteAccount } from "@/lib/accounts/delete-account";
import { refuseForDemo } from "@/lib/accounts/demo";

/** Deletes the signed-in user's account and all their data (refused on the demo accounts). */
export const DELETE = route(
  {
    operationId: "deleteAccount",
    summary: "Delete your account and all its data",
    response: responses.deleteAccount,
    errors: ["demo_account", "too_many_attempts"],
    body: deleteAccountSchema,
  },
  async ({ user, body }) => {
    refuseForDemo(user, "delete");
    await deleteAccount(user.id, body);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
