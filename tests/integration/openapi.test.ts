// The OpenAPI document (issue 15): served at GET /api/openapi.json, valid OpenAPI 3.1 (checked by
// @seriousme/openapi-schema-validator), linted by Spectral's OAS rules with 0 errors, and
// complete: every HTTP method handler of every app/api route file on disk (found by
// tests/support/api-routes.ts, like the authorization matrix) is an operation with an operation
// id, a summary, a success response with a schema and its error responses, except next-auth's
// own endpoints and the JSON 404 for unknown addresses.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { discoverRoutes } from "../support/api-routes";
import { BASE_URL, Client } from "../support/client";
import { type ApiDocument, newAjv } from "../support/contract";

const ROOT = path.resolve(import.meta.dirname, "../..");
const UNDOCUMENTED = ["/api/auth/[...nextauth]", "/api/[...path]"];

async function fetchDocument() {
  const res = await fetch(`${BASE_URL}/api/openapi.json`);
  return { res, doc: (await res.json()) as ApiDocument };
}

describe("GET /api/openapi.json", () => {
  it("is public and cacheable, and valid OpenAPI 3.1", async () => {
    const { res, doc } = await fetchDocument();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is private (no-store) for a signed-in reader, like every signed-in answer", async () => {
    const client = new Client();
    await client.signUp();
    const res = await client.raw("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("documents every operation of app/api except next-auth's own and the unknown-address 404", async () => {
    const { doc } = await fetchDocument();
    const onDisk = discoverRoutes(path.join(ROOT, "app"))
      .filter((r) => !UNDOCUMENTED.includes(r.pattern))
      .flatMap((r) => r.methods.map((m) => `${m} ${r.pattern.replace(/\[([^\]]+)\]/g, "{$1}")}`));
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const missing = onDisk.filter((op) => !documented.includes(op));
    // The registry prints what to add: lib/api/routes.ts lists the route modules.
    expect(missing, "missing from lib/api/routes.ts (add the route module there)").toEqual([]);
    expect(documented.filter((op) => !onDisk.includes(op))).toEqual([]);
    expect(onDisk.length).toBeGreaterThan(100);
  });

  it("gives every operation an id, a summary, a success schema and its error responses with the one error shape", async () => {
    const { doc } = await fetchDocument();
    const ajv = newAjv();
    const codes = (doc.components.schemas.ErrorCode as { enum: string[] }).enum;
    const ids = new Set<string>();
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        const name = `${m.toUpperCase()} ${p}`;
        expect(op.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(op.operationId), `${name}: duplicate operationId`).toBe(false);
        ids.add(op.operationId);
        expect(op.summary.length, name).toBeGreaterThan(5);
        const statuses = Object.keys(op.responses).map(Number);
        const success = statuses.filter((s) => s < 300);
        expect(success.length, name).toBeGreaterThan(0);
        for (const s of success) {
          const content = op.responses[String(s)]!.content ?? {};
          expect(Object.keys(content).length, `${name} ${s}`).toBeGreaterThan(0);
          for (const c of Object.values(content))
            expect(() => ajv.compile({ ...c.schema, components: doc.components }), `${name} ${s}`).not.toThrow();
        }
        expect(statuses, `${name}: 500`).toContain(500);
        if (op.security.length) expect(statuses, `${name}: signed-in operations answer 401`).toContain(401);
        // Error statuses (not those answered with the success body, like the health check's 503).
        for (const s of statuses.filter(
          (x) =>
            x >= 400 &&
            !success.includes(x) &&
            op.responses[String(x)]!.description !== "Answered with the same body",
        )) {
          const schema = op.responses[String(s)]!.content!["application/json"]!.schema as {
            properties: { error: { properties: { code: { enum: string[] } } } };
          };
          const opCodes = schema.properties.error.properties.code.enum;
          expect(opCodes.length, `${name} ${s}`).toBeGreaterThan(0);
          for (const c of opCodes) expect(codes, `${name} ${s}`).toContain(c);
        }
      }
    }
  });

  it("passes Spectral's OpenAPI rules with 0 errors", async () => {
    const { doc } = await fetchDocument();
    const dir = mkdtempSync(path.join(tmpdir(), "openapi-"));
    const file = path.join(dir, "openapi.json");
    const report = path.join(dir, "spectral.json");
    writeFileSync(file, JSON.stringify(doc));
    const spectral = path.join(ROOT, "node_modules/.bin/spectral");
    await promisify(execFile)(
      spectral,
      [
        "lint",
        file,
        "--ruleset",
        path.join(ROOT, ".spectral.yaml"),
        "-f",
        "json",
        "-o",
        report,
        "--fail-severity",
        "error",
      ],
      {
        cwd: ROOT,
      },
    ).catch((e: { code?: number }) => {
      if (e.code !== 1) throw e; // 1: errors found, reported below
    });
    const results = JSON.parse(readFileSync(report, "utf8")) as {
      code: string;
      message: string;
      path: string[];
      severity: number;
    }[];
    const errors = results
      .filter((r) => r.severity === 0)
      .map((r) => `${r.code} ${r.path.join(".")}: ${r.message}`);
    expect(errors).toEqual([]);
    console.log(`[openapi] spectral: 0 errors, ${results.filter((r) => r.severity === 1).length} warnings`);
  }, 120_000);
});
