// The route enumerator behind the authorization matrix (tests/support/api-routes.ts): every
// export style of a route module yields exactly its HTTP methods.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverRoutes, exportedMethods, paramsOf, patternOf } from "../support/api-routes";

describe("exportedMethods", () => {
  it("reads const, function and async function exports", () => {
    const src = `
      import { route } from "@/lib/server/http";
      export const dynamic = "force-dynamic";
      export const GET = route({}, async ({ user }) => ({ a: [1, 2], b: { c: 3 } }));
      export async function POST(req: Request) { return new Response(null); }
      export function DELETE() { return null; }
    `;
    expect(exportedMethods(src)).toEqual(["POST", "DELETE", "GET"]);
  });

  it("reads export lists with and without renaming, and re-exports", () => {
    expect(exportedMethods(`function h() {}\nexport { h as GET, h as POST };`)).toEqual(["GET", "POST"]);
    expect(exportedMethods(`export { notFound as GET, notFound as PUT, PATCH };`)).toEqual(["GET", "PUT", "PATCH"]);
    expect(exportedMethods(`export { GET, POST } from "@/auth";`)).toEqual(["GET", "POST"]);
    expect(exportedMethods(`export { handler as default, helper };`)).toEqual([]);
  });

  it("reads destructured and multi-declarator exports", () => {
    expect(exportedMethods(`export const { GET, POST } = handlers;`)).toEqual(["GET", "POST"]);
    expect(exportedMethods(`export const { handlers: { GET, POST }, auth } = NextAuth(config);`)).toEqual([
      "GET",
      "POST",
    ]);
    expect(exportedMethods(`export const GET = make({ a: 1, b: 2 }), PUT = make(f(1, 2));`)).toEqual(["GET", "PUT"]);
  });

  it("ignores methods in comments, strings and type-only exports", () => {
    const src = `
      // export const POST = nothing;
      /* export async function PUT() {} */
      const s = "export const PATCH = 1";
      const t = \`export { x as DELETE }\`;
      export type { GET } from "./types";
      export const GET = route({}, async () => ({ note: "export const HEAD" }));
    `;
    expect(exportedMethods(src)).toEqual(["GET"]);
  });

  it("refuses export * (the methods cannot be known without importing)", () => {
    expect(() => exportedMethods(`export * from "./other";`, "x/route.ts")).toThrow(/x\/route.ts/);
  });
});

describe("patterns", () => {
  it("maps folders to path patterns and finds their parameters", () => {
    const app = path.join("/repo", "app");
    expect(patternOf(app, "/repo/app/api/offers/[id]/route.ts")).toBe("/api/offers/[id]");
    expect(patternOf(app, "/repo/app/(group)/api/x/@slot/route.ts")).toBe("/api/x");
    expect(paramsOf("/api/plans/[planId]/milestones/[milestoneId]")).toEqual(["planId", "milestoneId"]);
    expect(paramsOf("/api/auth/[...nextauth]")).toEqual(["nextauth"]);
    expect(paramsOf("/api/docs/[[...slug]]")).toEqual(["slug"]);
  });

  it("finds this app's route files, each with at least one method", () => {
    const routes = discoverRoutes(path.resolve(import.meta.dirname, "../../app"));
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.find((r) => r.pattern === "/api/auth/[...nextauth]")?.methods).toEqual(["GET", "POST"]);
    expect(routes.find((r) => r.pattern === "/api/offers/[id]")?.methods).toEqual(["GET", "PUT", "DELETE"]);
    expect(routes.find((r) => r.pattern === "/api/health")?.methods).toEqual(["GET"]);
    for (const r of routes) expect(r.methods.length, r.file).toBeGreaterThan(0);
  });
});
