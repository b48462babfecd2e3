// GET /api/openapi.json as the registry sees it. The route serves the document that
// lib/api/openapi.ts builds from the registry (lib/api/routes.ts), so the registry cannot import
// that route file back (it would close an import circle): the operation's options live here,
// used both by the route's route() call and by the registry's entry.
import { z } from "zod";
import { documented } from "@/lib/server/http";

/** The options of GET /api/openapi.json (public; cached for five minutes when signed out). */
export const getOpenApiDocumentOptions = {
  auth: false as const,
  operationId: "getOpenApiDocument",
  summary: "The OpenAPI 3.1 document of this API",
  response: z.looseObject({ openapi: z.literal("3.1.0") }),
};

/**
 * The registry's entry for app/api/openapi.json/route.ts: the same options on a handler that is
 * never called (the document is built from operation options only; the route file serves it).
 */
export const openApiRouteEntry = {
  GET: documented(function describedOnly(): never {
    throw new Error("GET /api/openapi.json is served by app/api/openapi.json/route.ts");
  }, getOpenApiDocumentOptions),
};
