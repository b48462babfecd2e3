// Builds the OpenAPI 3.1 document of the JSON API from the route registry (lib/api/routes.ts):
// each route() handler carries its options (params/query/body zod schemas, and the
// operationId, summary, response schema and error codes of OperationDoc in lib/server/http.ts);
// zod 4's JSON Schema conversion (draft 2020-12, the dialect of OpenAPI 3.1) turns them into
// the document. Served at GET /api/openapi.json; docs/decisions/0016-api-contract.md.
import "server-only";
import { z } from "zod";
import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from "@/lib/server/errors";
import { isMethodNotAllowed } from "@/lib/server/method-fallback";
import { type OperationOptions, operationOf } from "@/lib/server/http";
import { ROUTE_MODULES } from "./routes";

const API_VERSION = "1.0.0";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type JsonSchema = Record<string, unknown>;
type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
  [k: string]: unknown;
};
type OpenApiOperation = {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema }[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
  security: Record<string, string[]>[];
  [k: string]: unknown;
};

const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A zod schema as JSON Schema 2020-12 (no `$schema` key: the document sets the dialect). Shared
 * shapes (a zod schema with a meta `id`, lib/api/responses.ts) come out as `$ref`s: with `defs`,
 * their definitions go there (the document's `components.schemas`) and the refs point at it;
 * without, they stay in the schema's own `$defs`.
 */
export function jsonSchema(
  schema: z.ZodType,
  io: "input" | "output",
  defs?: Record<string, JsonSchema>,
): JsonSchema {
  let out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    reused: "inline",
  }) as JsonSchema;
  delete out.$schema;
  if (!defs || !out.$defs) return out;
  out = JSON.parse(JSON.stringify(out).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [id, def] of Object.entries(out.$defs as Record<string, JsonSchema>)) {
    if (defs[id] && JSON.stringify(defs[id]) !== JSON.stringify(def))
      throw new Error(`Two different schemas share the id "${id}"`);
    defs[id] = def;
  }
  delete out.$defs;
  return out;
}

/** `/api/offers/[id]` → `/api/offers/{id}`. */
export const openApiPath = (pattern: string) => pattern.replace(/\[([^\]]+)\]/g, "{$1}");

/** Every error code one operation can answer: the common ones of its kind and its own. */
export function errorCodesOf(method: string, opts: OperationOptions): ErrorCode[] {
  const codes = new Set<ErrorCode>(["internal_error", "service_busy"]);
  if (opts.auth !== false) codes.add("unauthenticated");
  if (MUTATIONS.has(method)) codes.add("cross_site");
  if (opts.params) codes.add("invalid_input").add("not_found");
  if (opts.query) codes.add("invalid_input");
  if (opts.body && MUTATIONS.has(method)) {
    for (const c of [
      "invalid_input",
      "invalid_json",
      "invalid_encoding",
      "payload_too_large",
      "unsupported_media_type",
    ] as const)
      codes.add(c);
  }
  for (const c of opts.errors ?? []) codes.add(c);
  return [...codes];
}

/** The one error body: `{ error: { code, message, fields? } }` (components.schemas.Error). */
const ERROR_BODY: JsonSchema = {
  type: "object",
  required: ["error"],
  additionalProperties: false,
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      additionalProperties: false,
      properties: {
        code: { $ref: "#/components/schemas/ErrorCode" },
        message: { type: "string" },
        fields: {
          type: "object",
          additionalProperties: { type: "string" },
          description: "Field path → message.",
        },
      },
    },
  },
};

/** The error body of one status of one operation: the shared shape, `code` narrowed to its codes. */
function errorBody(codes: ErrorCode[]): JsonSchema {
  return {
    $ref: "#/components/schemas/Error",
    properties: { error: { properties: { code: { enum: codes } } } },
  };
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const js = jsonSchema(schema, "input");
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    schema: s,
  }));
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict with the current state",
  410: "Gone",
  413: "Body too large",
  415: "Body is not JSON (or not the type the operation takes)",
  416: "Range not satisfiable",
  422: "Cannot be done",
  429: "Too many attempts (see Retry-After)",
  500: "Server error (with an error id that is logged)",
  503: "Busy: no database connection was free in time (see Retry-After)",
};

/** The operation object of one handler. */
export function operationObject(
  method: string,
  pattern: string,
  opts: OperationOptions,
  defs: Record<string, JsonSchema> = {},
): OpenApiOperation {
  const missing = (["operationId", "summary"] as const).filter((k) => !opts[k]);
  if (!opts.response && !opts.responseType) missing.push("response" as never);
  if (missing.length) throw new Error(`${method} ${pattern}: route() options lack ${missing.join(", ")}`);
  const statuses = [opts.status ?? 200].flat();
  const success = opts.responseType
    ? {
        [opts.responseType]: {
          schema: opts.response ? jsonSchema(opts.response, "output", defs) : { type: "string" },
        },
      }
    : { "application/json": { schema: jsonSchema(opts.response!, "output", defs) } };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(method, opts)) {
    const s = ERROR_STATUS[code];
    byStatus.set(s, [...(byStatus.get(s) ?? []), code]);
  }
  const responses: OpenApiOperation["responses"] = {};
  for (const s of statuses)
    responses[String(s)] = {
      description: s < 300 ? "Success" : "Answered with the same body",
      content: success,
    };
  // A 200 JSON answer (e.g. one page of events without Accept: text/event-stream) keeps its body.
  if (opts.eventStream)
    responses["200"] = {
      description: responses["200"] ? `${opts.eventStream} Otherwise JSON.` : opts.eventStream,
      content: { ...(responses["200"]?.content ?? {}), "text/event-stream": { schema: { type: "string" } } },
    };
  for (const [s, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    responses[String(s)] = {
      description: `${STATUS_TEXT[s] ?? "Error"}: ${codes.join(", ")}`,
      content: { "application/json": { schema: errorBody(codes) } },
    };
  }
  const op: OpenApiOperation = {
    operationId: opts.operationId!,
    summary: opts.summary!,
    tags: [pattern.split("/")[2] ?? "api"],
    security: opts.auth === false ? [] : [{ session: [] }],
    responses,
  };
  const params = [...parameters(opts.params, "path"), ...parameters(opts.query, "query")];
  if (params.length) op.parameters = params;
  if (opts.body && MUTATIONS.has(method)) {
    op.requestBody = {
      required: true,
      content: { "application/json": { schema: jsonSchema(opts.body, "input") } },
    };
  } else if (opts.requestType && MUTATIONS.has(method)) {
    op.requestBody = { required: true, content: { [opts.requestType]: { schema: { type: "string", format: "binary" } } } };
  }
  return op;
}

/** The registered operations: `[method, pattern, options]` (problems collected, not thrown). */
function registeredOperations(modules = ROUTE_MODULES) {
  const ops: { method: string; pattern: string; opts: OperationOptions | undefined }[] = [];
  for (const [pattern, mod] of Object.entries(modules)) {
    for (const method of METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function" || isMethodNotAllowed(handler)) continue;
      ops.push({ method, pattern, opts: operationOf(handler) });
    }
  }
  return ops;
}

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  if (cached) return cached;
  const paths: OpenApiDocument["paths"] = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const { method, pattern, opts } of registeredOperations()) {
    if (!opts) throw new Error(`${method} ${pattern}: the handler is not made with route() or documented()`);
    (paths[openApiPath(pattern)] ??= {})[method.toLowerCase()] = operationObject(method, pattern, opts, schemas);
  }
  const tags = [
    ...new Set(Object.values(paths).flatMap((p) => Object.values(p).flatMap((o) => o.tags))),
  ].sort();
  cached = {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "PrepLoop API",
      version: API_VERSION,
      description:
        "The JSON API of PrepLoop. Signed-in operations use the session cookie of the web sign-in; " +
        "mutations must be same-origin and send `Content-Type: application/json`. Every error answers " +
        "`{ error: { code, message, fields? } }`; branch on `code` (the ErrorCode enum), never on the message. " +
        "Edited documents carry a `version`: a write with a stale one answers 409 `stale_version` and changes nothing.",
    },
    servers: [{ url: "/" }],
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The web sign-in's session cookie (`__Secure-` prefixed over HTTPS).",
        },
      },
      schemas: {
        ErrorCode: {
          type: "string",
          enum: ERROR_CODES,
          description: "Every error code; see ERROR_STATUS in lib/server/errors.ts for each status.",
        },
        Error: ERROR_BODY,
        ...Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      },
    },
  };
  return cached;
}
