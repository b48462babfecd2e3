import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorCodesOf, jsonSchema, openApiPath, operationObject } from "@/lib/api/openapi";

describe("the OpenAPI builder", () => {
  it("writes path patterns with braces", () => {
    expect(openApiPath("/api/mocks/[id]/answers/[slot]")).toBe("/api/mocks/{id}/answers/{slot}");
    expect(openApiPath("/api/offers")).toBe("/api/offers");
  });

  it("derives the common error codes from the route options", () => {
    expect(errorCodesOf("GET", { auth: false })).toEqual(["internal_error", "service_busy"]);
    expect(errorCodesOf("GET", {})).toEqual(["internal_error", "service_busy", "unauthenticated"]);
    expect(errorCodesOf("DELETE", { params: z.object({ id: z.string() }) })).toEqual([
      "internal_error",
      "service_busy",
      "unauthenticated",
      "cross_site",
      "invalid_input",
      "not_found",
    ]);
    expect(errorCodesOf("POST", { body: z.object({}), errors: ["stale_version"] })).toEqual([
      "internal_error",
      "service_busy",
      "unauthenticated",
      "cross_site",
      "invalid_input",
      "invalid_json",
      "invalid_encoding",
      "payload_too_large",
      "unsupported_media_type",
      "stale_version",
    ]);
  });

  it("uses the input side of request schemas (defaults are optional) and the output side of responses", () => {
    const body = z.strictObject({ name: z.string().max(5), n: z.number().int().default(3) });
    expect(jsonSchema(body, "input")).toEqual({
      type: "object",
      properties: {
        name: { type: "string", maxLength: 5 },
        n: { type: "integer", default: 3, minimum: -9007199254740991, maximum: 9007199254740991 },
      },
      required: ["name"],
      additionalProperties: false,
    });
  });

  it("groups an operation's error codes by status, each with the one error shape", () => {
    const op = operationObject("PUT", "/api/things/[id]", {
      operationId: "updateThing",
      summary: "Edit a thing",
      response: z.object({ ok: z.literal(true) }),
      params: z.object({ id: z.string() }),
      body: z.object({ version: z.number() }),
      errors: ["stale_version", "plan_exists"],
    });
    expect(Object.keys(op.responses)).toEqual([
      "200",
      "400",
      "401",
      "403",
      "404",
      "409",
      "413",
      "415",
      "500",
      "503",
    ]);
    const conflict = op.responses["409"]!.content!["application/json"]!.schema as {
      properties: { error: { properties: { code: { enum: string[] } } } };
    };
    expect(conflict.properties.error.properties.code.enum).toEqual(["stale_version", "plan_exists"]);
    expect(op.parameters).toEqual([{ name: "id", in: "path", required: true, schema: { type: "string" } }]);
    expect(op.security).toEqual([{ session: [] }]);
    expect(() => operationObject("GET", "/api/x", { summary: "No id here" })).toThrow(
      "GET /api/x: route() options lack operationId, response",
    );
  });
});
