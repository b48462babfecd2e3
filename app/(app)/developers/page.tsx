import type { Metadata } from "next";
import { headers } from "next/headers";
import Script from "next/script";

export const metadata: Metadata = { title: "API reference" };

/**
 * The API reference for signed-in users: Swagger UI (swagger-ui-dist, served from this app by
 * ./assets, so it works offline) rendering GET /api/openapi.json. Under the page CSP only our
 * nonce'd script runs; it loads the bundle (allowed by 'strict-dynamic') and starts it.
 */
export default async function DevelopersPage() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div>
      <h1 className="text-2xl font-bold">API reference</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Every operation of the PrepLoop JSON API, generated from the same schemas that check each request. The
        document itself is at{" "}
        <a className="underline" href="/api/openapi.json">
          /api/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Calls use your session cookie; branch on <code>error.code</code>, never on the message.
      </p>
      <div id="swagger-ui" className="rounded-lg bg-white" data-testid="api-reference" />
      <Script src="/developers/assets/reference.js" nonce={nonce} strategy="afterInteractive" />
    </div>
  );
}
