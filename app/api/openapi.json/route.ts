import { openApiDocument } from "@/lib/api/openapi";
import { getOpenApiDocumentOptions } from "@/lib/api/openapi-operation";
import { route } from "@/lib/server/http";

/** The OpenAPI 3.1 document of this API (public; cached for five minutes when signed out). */
export const GET = route(getOpenApiDocumentOptions, async () =>
  Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);

export * from "@/lib/server/method-not-allowed";
