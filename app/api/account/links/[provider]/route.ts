import * as responses from "@/lib/api/responses";
import { unlinkProvider } from "@/lib/accounts/oauth-user";
import { providerParams } from "@/lib/accounts/security-schema";
import { route } from "@/lib/server/http";

/** Unlinks a provider (409 when it is the account's only way to sign in). */
export const DELETE = route(
  {
    operationId: "unlinkProvider",
    summary: "Unlink a sign-in provider",
    response: responses.unlinkProvider,
    errors: ["last_sign_in_method", "unknown_provider", "demo_account"],
    params: providerParams,
  },
  async ({ user, params }) => {
    await unlinkProvider(user.id, params.provider);
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
