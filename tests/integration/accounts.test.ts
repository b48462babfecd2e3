import http from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { Client, PASSWORD, uniqueEmail } from "../support/client";
import { closeTestDb, countRows } from "../support/db";

afterAll(closeTestDb);

const usersWith = (email: string) => countRows("User", "email = $1", [email.toLowerCase()]);

describe("POST /api/accounts (sign up)", () => {
  it("creates an account and never returns the password hash", async () => {
    const email = uniqueEmail("signup");
    const res = await new Client().json("POST", "/api/accounts", { email, password: PASSWORD, displayName: "Ada" });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ user: { id: expect.any(String), email, displayName: "Ada" } });
    expect(JSON.stringify(res.body)).not.toContain("argon2");
    expect(await usersWith(email)).toBe(1);
  });

  it("lower-cases the email", async () => {
    const email = uniqueEmail("MixedCase").replace("mixedcase", "MixedCase");
    const res = await new Client().json("POST", "/api/accounts", { email, password: PASSWORD, displayName: "B" });
    expect(res.status).toBe(201);
    expect((res.body as { user: { email: string } }).user.email).toBe(email.toLowerCase());
  });

  const cases: { name: string; body: Record<string, unknown>; fields: Record<string, string> }[] = [
    {
      name: "a malformed email",
      body: { email: "not-an-email", password: PASSWORD, displayName: "X" },
      fields: { email: "Enter a valid email address, like name@example.com." },
    },
    {
      name: "a short password",
      body: { email: "@", password: "short", displayName: "X" },
      fields: { password: "Use at least 12 characters." },
    },
    {
      name: "a missing field",
      body: { email: "@", password: PASSWORD },
      fields: { displayName: "Enter your name." },
    },
    {
      name: "an unknown field",
      body: { email: "@", password: PASSWORD, displayName: "X", admin: true },
      fields: { _: expect.stringContaining("admin") as unknown as string },
    },
  ];

  for (const c of cases) {
    it(`answers 400 with field messages for ${c.name}, writing nothing`, async () => {
      const email = c.body.email === "@" ? uniqueEmail("bad") : String(c.body.email);
      const body = { ...c.body, ...(c.body.email === "@" ? { email } : {}) };
      const res = await new Client().json("POST", "/api/accounts", body);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: "invalid_input", fields: c.fields } });
      expect(await usersWith(email)).toBe(0);
    });
  }

  it("answers 400 for a body that is not JSON", async () => {
    const res = await new Client().raw("/api/accounts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{email: nope",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_json", message: "The request body is not valid JSON." } });
  });

  it("answers 415 for a wrong content type, writing nothing", async () => {
    const email = uniqueEmail("ctype");
    const res = await new Client().raw("/api/accounts", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password: PASSWORD, displayName: "X" }),
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    expect(await usersWith(email)).toBe(0);
  });

  it("answers 409 for an email already registered, writing nothing", async () => {
    const email = uniqueEmail("dup");
    const first = await new Client().json("POST", "/api/accounts", { email, password: PASSWORD, displayName: "One" });
    expect(first.status).toBe(201);
    const again = await new Client().json("POST", "/api/accounts", {
      email: email.toUpperCase(),
      password: PASSWORD,
      displayName: "Two",
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      error: {
        code: "email_taken",
        message: "An account with this email already exists. Sign in instead.",
        fields: { email: "An account with this email already exists." },
      },
    });
    expect(await usersWith(email)).toBe(1);
  });

  it("refuses a cross-site request (Origin check)", async () => {
    const email = uniqueEmail("csrf");
    const res = await new Client().raw("/api/accounts", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ email, password: PASSWORD, displayName: "X" }),
    });
    expect(res.status).toBe(403);
    expect(await usersWith(email)).toBe(0);
  });

  it("answers 413 for an oversized body", async () => {
    const res = await new Client().json("POST", "/api/accounts", {
      email: uniqueEmail("big"),
      password: PASSWORD,
      displayName: "x".repeat(70 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: "payload_too_large" } });
  });
});

describe("the API surface", () => {
  it("answers unknown /api/ routes with JSON 404", async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const res = await new Client().json(method, "/api/no-such-thing/here");
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: { code: "not_found", message: "There is no API endpoint at this address." } });
    }
  });

  it("reports health with the database and migration state", async () => {
    const res = await new Client().get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ok", database: "up", migrations: { pending: [], failed: [] } });
  });

  it("sends the security headers", async () => {
    const res = await new Client().raw("/");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("strict-transport-security")).toBeNull(); // localhost is plain HTTP
    // Served under a real host name (as behind a TLS load balancer), HSTS is on.
    const hsts = await new Promise<string | undefined>((resolve, reject) => {
      const url = new URL(new Client().baseUrl);
      http
        .get({ host: url.hostname, port: url.port, path: "/", headers: { host: "preploop.example.com" } }, (r) => {
          r.resume();
          resolve(r.headers["strict-transport-security"] as string | undefined);
        })
        .on("error", reject);
    });
    expect(hsts).toBe("max-age=63072000; includeSubDomains");
  });

  it("sets the session cookie HttpOnly and SameSite", async () => {
    const client = new Client();
    const email = uniqueEmail("cookie");
    await client.json("POST", "/api/accounts", { email, password: PASSWORD, displayName: "C" });
    const csrf = await client.raw("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await client.raw("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password: PASSWORD, csrfToken, json: "true" }),
    });
    const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });
});
