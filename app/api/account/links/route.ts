import * as responses from "@/lib/api/responses";
import { cookies } from "next/headers";
import { refuseForDemo } from "@/lib/accounts/demo";
import { LINK_INTENT_COOKIE, LINK_INTENT_TTL_MS, signLinkIntent } from "@/lib/accounts/link-intent";
import { listLinks } from "@/lib/accounts/oauth-user";
import { linkRequestSchema } from "@/lib/accounts/security-schema";
import { configuredProviders } from "@/lib/accounts/providers";
import { env } from "@/lib/server/env";
import { HttpError } from "@/lib/server/errors";
import { route } from "@/lib/server/http";

/** Linked sign-in providers, and the providers this server has configured. */
export const GET = route(
  {
    operationId: "listLinks",
    summary: "Linked sign-in providers and the configured ones",
    response: responses.listLinks,
  },
  async ({ user }) => ({
    links: await listLinks(user.id),
    available: configuredProviders(),
  }),
);

/**
 * `{ provider }`: this signed-in session may link that provider during the next 10 minutes.
 * The client then starts the provider's sign-in; the OAuth callback links the account.
 */
export const POST = route(
  {
    operationId: "startLink",
    summary: "Allow linking a sign-in provider for the next 10 minutes",
    response: responses.startLink,
    errors: ["provider_not_configured", "demo_account"],
    body: linkRequestSchema,
  },
  async ({ user, body, req }) => {
    refuseForDemo(user, "link");
    if (!configuredProviders().includes(body.provider)) {
      throw new HttpError(
        404,
        "provider_not_configured",
        "That sign-in provider is not set up on this server.",
      );
    }
    (await cookies()).set(
      LINK_INTENT_COOKIE,
      signLinkIntent(user.sessionId, body.provider, env().NEXTAUTH_SECRET),
      {
        httpOnly: true,
        sameSite: "lax",
        secure: req.nextUrl.protocol === "https:",
        path: "/api/auth",
        maxAge: LINK_INTENT_TTL_MS / 1000,
      },
    );
    return { ok: true, provider: body.provider };
  },
);

export * from "@/lib/server/method-not-allowed";
