// The contract fuzzer (issue 15), Schemathesis-style: requests generated from the OpenAPI
// document the server serves (GET /api/openapi.json), sent over HTTP to the test server and
// checked against the same document with ajv.
//
// - Who: a fresh owner with one of everything (tests/support/authz-world.ts, the authorization
//   matrix's world); path parameters are the owner's real ids, filled by the matrix table's
//   `path` of the operation; mentor operations are called as the owner's mentor with every scope.
// - Valid examples: the table's own valid body, and bodies and query strings generated from the
//   request schemas by json-schema-faker with a seeded RNG (PREPLOOP_FUZZ_SEED, default below).
// - Negative examples: malformed JSON, a wrong content type, a body that is not an object, each
//   required field missing, each field of the wrong type, numbers out of range, strings over
//   their maximum, an unknown field where the schema is strict, wrong query values and path
//   parameters that are over long or unknown.
// - Checks on every response: no 5xx; the status and content type are documented for the
//   operation; the body matches the documented schema; negative examples answer 4xx (400 with
//   field messages for invalid input); a rejected request (any 4xx) changes none of the owner's
//   rows. The summary line names operations, examples, failures and the seed, to replay a run.
import { generateSync } from "json-schema-faker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Subject, type World, buildWorld, diffRows, ownerRows } from "../support/authz-world";
import { BASE_URL } from "../support/client";
import {
  type ApiDocument,
  type JsonSchema,
  type Operation,
  apiDocument,
  responseProblems,
} from "../support/contract";
import { closeTestDb } from "../support/db";
import { mulberry32 } from "../support/random";
import { type Entry, TABLE } from "./authorization-matrix.table";

const SEED = Number(process.env.PREPLOOP_FUZZ_SEED ?? 20261206);
/** Generated valid examples per operation (besides the table's own body). */
const VALID_PER_OP = Number(process.env.PREPLOOP_FUZZ_VALID ?? 3);

afterAll(closeTestDb);

type Op = { method: string; path: string; op: Operation; entry: Entry | undefined };
type Example = {
  kind: "valid" | "invalid";
  what: string;
  url: string;
  init: RequestInit;
  expect400?: boolean;
};

const json = (body: unknown): RequestInit["body"] => JSON.stringify(body);

function fake(schema: JsonSchema, seed: number): unknown {
  return generateSync(schema as never, { seed, maxItems: 3, maxLength: 40, optionalsProbability: 0.5 });
}

/** A value of another JSON type than the schema wants. */
function wrongType(schema: JsonSchema): unknown {
  const t = schema.type;
  if (t === "string" || schema.enum || schema.format) return 12345;
  if (t === "number" || t === "integer") return "not a number";
  if (t === "boolean") return "yes";
  if (t === "array") return { not: "an array" };
  if (t === "object") return "not an object";
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The invalid variants of a valid body, by its top-level schema (what each breaks). */
function invalidBodies(schema: JsonSchema, base: unknown): { what: string; body: unknown }[] {
  const out: { what: string; body: unknown }[] = [];
  out.push(
    { what: "body is an array", body: [] },
    { what: "body is a string", body: "text" },
    { what: "body is null", body: null },
  );
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  if (!isObject(base)) return out;
  for (const name of (schema.required ?? []) as string[]) {
    const { [name]: _, ...rest } = base;
    out.push({ what: `missing required ${name}`, body: rest });
  }
  for (const [name, p] of Object.entries(props)) {
    if (p.anyOf || p.oneOf) continue; // a union may take several types
    const wrong = wrongType(p);
    if (wrong !== undefined && !(Array.isArray(p.type) && p.type.includes("null")))
      out.push({ what: `${name} of the wrong type`, body: { ...base, [name]: wrong } });
    if (typeof p.maximum === "number")
      out.push({ what: `${name} above its maximum`, body: { ...base, [name]: p.maximum + 1 } });
    if (typeof p.minimum === "number")
      out.push({ what: `${name} below its minimum`, body: { ...base, [name]: p.minimum - 1 } });
    if (typeof p.maxLength === "number" && p.maxLength < 100_000)
      out.push({
        what: `${name} over its maximum length`,
        body: { ...base, [name]: "x".repeat(p.maxLength + 1) },
      });
    if (typeof p.maxItems === "number" && Array.isArray(base[name]) && (base[name] as unknown[]).length > 0)
      out.push({
        what: `${name} with too many items`,
        body: { ...base, [name]: Array(p.maxItems + 1).fill((base[name] as unknown[])[0]) },
      });
  }
  if (schema.additionalProperties === false)
    out.push({ what: "an unknown field", body: { ...base, fuzzUnknownField: 1 } });
  return out;
}

function withQuery(path: string, query: Record<string, unknown>) {
  const url = new URL(path, "http://x");
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.pathname + url.search;
}

/** The matrix entry whose path fills this operation with the owner's ids (owner-side first). */
function entryFor(method: string, path: string): Entry | undefined {
  const pattern = path.replace(/\{([^}]+)\}/g, "[$1]");
  const all = TABLE.filter((e) => e.op === `${method} ${pattern}`);
  // An entry with its own `call` still fills the path (its valid example is then skipped: `last`).
  return all.find((e) => e.access.kind !== "mentor" && !e.call) ?? all.find((e) => !e.call) ?? all[0];
}

function subjectOf(w: World, e: Entry | undefined): Subject {
  if (e?.access.kind === "mentor")
    return e.access.scope === "request" ? w.subjects.viaRequest : w.subjects.all;
  return w.subjects.owner;
}

function examples(o: Op, w: World, who: Subject, random: () => number): Example[] {
  const list: Example[] = [];
  const path = o.entry ? o.entry.path(w, who).split("?")[0]! : o.path;
  const tableQuery = o.entry ? (o.entry.path(w, who).split("?")[1] ?? "") : "";
  const bodySchema = o.op.requestBody?.content["application/json"]?.schema;
  const queryParams = (o.op.parameters ?? []).filter((p) => p.in === "query");
  const seed = () => Math.floor(random() * 2 ** 31);
  const send = (url: string, body?: unknown, contentType = "application/json"): RequestInit => ({
    method: o.method,
    headers: body === undefined ? {} : { "content-type": contentType },
    body:
      body === undefined
        ? undefined
        : typeof body === "string" && contentType !== "application/json"
          ? body
          : json(body),
  });

  // Valid: the table's body (a realistic one), then generated ones.
  const tableBody = o.entry?.body?.(w, who);
  const base = tableBody instanceof Promise ? undefined : tableBody;
  if (o.entry && (!bodySchema || base !== undefined))
    list.push({
      kind: "valid",
      what: "the matrix's example",
      url: path + (tableQuery ? `?${tableQuery}` : ""),
      init: send(path, base),
    });
  for (let i = 0; i < VALID_PER_OP; i++) {
    if (!bodySchema && !queryParams.length) break;
    const q: Record<string, unknown> = {};
    for (const p of queryParams) if (p.required || random() < 0.5) q[p.name] = fake(p.schema, seed());
    const body = bodySchema ? fake(bodySchema, seed()) : undefined;
    list.push({
      kind: "valid",
      what: `generated #${i + 1}`,
      url: withQuery(path, q),
      init: send(path, body),
    });
  }

  // Invalid.
  if (bodySchema) {
    const good = base ?? fake(bodySchema, seed());
    list.push({
      kind: "invalid",
      what: "malformed JSON",
      url: path,
      init: { method: o.method, headers: { "content-type": "application/json" }, body: '{"a": ' },
    });
    list.push({
      kind: "invalid",
      what: "wrong content type",
      url: path,
      init: send(path, JSON.stringify(good), "text/plain"),
    });
    for (const bad of invalidBodies(bodySchema, good))
      list.push({ kind: "invalid", what: bad.what, url: path, init: send(path, bad.body), expect400: true });
  }
  for (const p of queryParams) {
    const wrong =
      p.schema.enum || p.schema.type === "number" || p.schema.type === "integer"
        ? "zz-not-allowed"
        : typeof p.schema.maxLength === "number"
          ? "x".repeat(p.schema.maxLength + 1)
          : undefined;
    if (wrong !== undefined)
      list.push({
        kind: "invalid",
        what: `query ${p.name} not allowed`,
        url: withQuery(path, { [p.name]: wrong }),
        init: send(path, bodySchema ? (base ?? fake(bodySchema, seed())) : undefined),
        expect400: true,
      });
  }
  if (o.entry) {
    for (const p of (o.op.parameters ?? []).filter((x) => x.in === "path")) {
      const at = o.path.split("/").indexOf(`{${p.name}}`);
      const segs = path.split("/");
      for (const [what, value] of [
        ["unknown", "fuzz0unknown0id"],
        ["over long", "x".repeat(300)],
      ] as const) {
        const s = [...segs];
        s[at] = value;
        const body = bodySchema ? (base ?? fake(bodySchema, seed())) : undefined;
        list.push({
          kind: "invalid",
          what: `${what} path parameter ${p.name}`,
          url: s.join("/"),
          init: send(s.join("/"), body),
        });
      }
    }
  }
  return list;
}

let doc: ApiDocument;
let world: World;
const failures: string[] = [];
const counts = { operations: 0, valid: 0, invalid: 0, skipped: 0 };

beforeAll(async () => {
  doc = await apiDocument(BASE_URL);
  world = await buildWorld();
}, 600_000);

describe("contract fuzzer", () => {
  it("attacks every documented operation: no 5xx, documented answers, invalid input refused without changes", async () => {
    const random = mulberry32(SEED);
    const ops: Op[] = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([m, op]) => ({
        method: m.toUpperCase(),
        path,
        op,
        entry: entryFor(m.toUpperCase(), path),
      })),
    );
    // Reads first, then writes, deletions last, and what ends the owner's session or account never
    // with a valid example (the matrix's `last` entries).
    const rank = (o: Op) => (o.method === "GET" ? 0 : o.method === "DELETE" ? 2 : 1);
    ops.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
    counts.operations = ops.length;
    // One snapshot per request: the one after a request is the one before the next.
    let rows = await ownerRows(world.ids.menteeId);
    for (const o of ops) {
      const who = subjectOf(world, o.entry);
      const name = `${o.method} ${o.path} (${o.op.operationId})`;
      if (!o.entry && o.path.includes("{")) {
        failures.push(`${name}: no authorization-matrix entry gives real ids for its path`);
        continue;
      }
      for (const ex of examples(o, world, who, random)) {
        if (ex.kind === "valid" && (o.entry?.last || o.entry?.call || o.op.operationId === "getQueryCount")) {
          counts.skipped++;
          continue;
        }
        counts[ex.kind]++;
        let res: Response;
        try {
          res = await who.client.raw(ex.url, ex.init);
        } catch (e) {
          failures.push(`${name} [${ex.what}]: request failed: ${e instanceof Error ? e.message : e}`);
          rows = await ownerRows(world.ids.menteeId);
          continue;
        }
        const text = await res.text();
        const type = res.headers.get("content-type");
        let body: unknown = text;
        if (type?.startsWith("application/json")) {
          try {
            body = JSON.parse(text);
          } catch {
            failures.push(`${name} [${ex.what}]: invalid JSON in the answer`);
          }
        }
        const problems: string[] = [];
        if (res.status >= 500) problems.push(`server error ${res.status}`);
        problems.push(...responseProblems(o.op, res.status, type, body, doc.components));
        if (ex.kind === "invalid" && res.status < 400)
          problems.push(`invalid input accepted with ${res.status}`);
        if (ex.expect400 && res.status === 400) {
          const fields = (body as { error?: { code?: string; fields?: Record<string, string> } }).error;
          if (fields?.code === "invalid_input" && !Object.keys(fields.fields ?? {}).length)
            problems.push("400 invalid_input without field messages");
        }
        const after = await ownerRows(world.ids.menteeId);
        if (res.status >= 400) {
          // The mentor access log records each read of a shared item, also when the write after it is refused.
          const changed = diffRows(rows, after).filter((c) => !c.startsWith("MentorAccessLog:"));
          if (changed.length)
            problems.push(`a rejected request changed rows: ${changed.slice(0, 3).join("; ")}`);
        }
        rows = after;
        if (problems.length) {
          failures.push(
            `${name} [${ex.kind}: ${ex.what}] ${ex.init.method} ${ex.url} → ${res.status}: ${problems.join("; ")} | sent ${String(ex.init.body ?? "").slice(0, 200)} | got ${text.slice(0, 300)}`,
          );
        }
      }
    }
    console.log(
      `[contract-fuzz] operations ${counts.operations}, valid examples ${counts.valid}, invalid examples ${counts.invalid}, ` +
        `skipped ${counts.skipped}, failures ${failures.length}, seed ${SEED} (replay: PREPLOOP_FUZZ_SEED=${SEED})`,
    );
    expect(failures, failures.slice(0, 40).join("\n")).toEqual([]);
  }, 600_000);
});
