import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import { route } from "@/lib/server/http";

/** The OpenAPI 3.1 document of this API (public; cached for five minutes when signed out). */
export const GET = route(
  {
    auth: false,
    operationId: "getOpenApiDocument",
    summary: "The OpenAPI 3.1 document of this API",
    response: z.looseObject({ openapi: z.literal("3.1.0") }),
  },
  async () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
);

export * from "@/lib/server/method-not-allowed";
