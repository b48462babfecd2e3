// The API contract in tests: the OpenAPI document the server serves (GET /api/openapi.json),
// and a check of one response against it with ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1): the status is documented for the operation, the content type is documented,
// and the body matches the schema. Used by the test client on every JSON response
// (tests/support/client.ts) and by the contract fuzzer (tests/integration/contract-fuzz.test.ts).
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

export type JsonSchema = Record<string, unknown>;
export type Operation = {
  operationId: string;
  summary: string;
  parameters?: { name: string; in: "path" | "query"; required: boolean; schema: JsonSchema }[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
  security: Record<string, string[]>[];
};
export type ApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
};

const documents = new Map<string, Promise<ApiDocument>>();

/** The document served by the app at `baseUrl` (fetched once per base URL). */
export function apiDocument(baseUrl: string): Promise<ApiDocument> {
  let doc = documents.get(baseUrl);
  if (!doc) {
    doc = fetch(`${baseUrl}/api/openapi.json`).then(async (res) => {
      if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
      return (await res.json()) as ApiDocument;
    });
    documents.set(baseUrl, doc);
  }
  return doc;
}

export function newAjv() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}
const ajv = newAjv();
const compiled = new WeakMap<JsonSchema, ValidateFunction>();
/**
 * The validator of one schema of the document; its `$ref`s point at the document's shared
 * shapes (`#/components/schemas/…`), so the components go along with it.
 */
export function validatorOf(schema: JsonSchema, components: ApiDocument["components"]): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv.compile({ ...schema, components });
    compiled.set(schema, v);
  }
  return v;
}

const templates = new WeakMap<ApiDocument, { re: RegExp; path: string }[]>();
/** The operation a request goes to: `{ path template, operation }`, or null when undocumented. */
export function findOperation(doc: ApiDocument, method: string, url: string) {
  let list = templates.get(doc);
  if (!list) {
    list = Object.keys(doc.paths).map((p) => ({
      path: p,
      re: new RegExp("^" + p.replace(/[.*+?^$()|\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+") + "$"),
    }));
    // Literal segments win over parameters: /api/offers/matrix before /api/offers/{id}.
    list.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
    templates.set(doc, list);
  }
  const pathname = new URL(url, "http://x").pathname;
  for (const t of list) {
    if (!t.re.test(pathname)) continue;
    const op = doc.paths[t.path]?.[method.toLowerCase()];
    return op ? { path: t.path, operation: op } : null;
  }
  return null;
}

/**
 * What is wrong with a response by the document (empty when nothing): an undocumented status
 * or content type, or a body that does not match the schema (ajv's messages).
 */
export function responseProblems(
  op: Operation,
  status: number,
  contentType: string | null,
  body: unknown,
  components: ApiDocument["components"],
): string[] {
  const documented = op.responses[String(status)];
  if (!documented)
    return [`status ${status} is not documented (documented: ${Object.keys(op.responses).join(", ")})`];
  const types = Object.keys(documented.content ?? {});
  if (!types.length) return [];
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!types.includes(type))
    return [`content type "${type}" is not documented for ${status} (documented: ${types.join(", ")})`];
  if (type !== "application/json") return [];
  const validate = validatorOf(documented.content![type]!.schema, components);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .slice(0, 8)
    .map((e) => `body${e.instancePath} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`);
}

/** Checks one response against the document; throws naming the operation and what is wrong. */
export async function assertContract(
  baseUrl: string,
  method: string,
  url: string,
  status: number,
  contentType: string | null,
  body: unknown,
) {
  // The fallback 405 of a method a route does not define is the same everywhere (not per operation).
  if (status === 405) return;
  const doc = await apiDocument(baseUrl);
  const found = findOperation(doc, method, url);
  if (!found) return; // next-auth's own endpoints and unknown addresses are not in the document
  const problems = responseProblems(found.operation, status, contentType, body, doc.components);
  if (problems.length) {
    throw new Error(
      `contract: ${method} ${url} (${found.operation.operationId}) answered ${status}, which breaks the OpenAPI document:\n  ` +
        problems.join("\n  ") +
        `\n  body: ${JSON.stringify(body).slice(0, 600)}`,
    );
  }
}
