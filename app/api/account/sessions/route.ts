import { route } from "@/lib/server/http";
import { signOutEverywhere } from "@/lib/accounts/delete-account";

/** Signs out every session of the user, on every device and instance. */
export const DELETE = route({}, async ({ user }) => {
  await signOutEverywhere(user.id);
  return { ok: true };
});

export * from "@/lib/server/method-not-allowed";
