// Pages at the edge: `next` never leaves the site, and every page carries a fresh
// nonce-based CSP that Next applies to all of its scripts.
import { beforeAll, describe, expect, it } from "vitest";
import { Client, newUser } from "../support/client";

let signedIn: Client;
beforeAll(async () => {
  signedIn = (await newUser("edge-pages")).client;
});

describe("sign-in and sign-up never send anyone to another site", () => {
  const hostile = [
    "/%5Cevil.example",
    "/%09/evil.example",
    "//evil.example",
    "/%2F%2Fevil.example",
    "/%255Cevil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "/%0A/evil.example",
  ];

  it.each(hostile)("a signed-in visit to /sign-in?next=%s goes to the dashboard", async (next) => {
    for (const page of ["/sign-in", "/sign-up"]) {
      const res = await signedIn.raw(`${page}?next=${next}`);
      expect(res.status).toBe(307);
      expect(res.headers.get("location")).toBe("/dashboard");
    }
  });

  it.each(hostile)("a signed-out visit to /sign-in?next=%s signs in towards the dashboard", async (next) => {
    const res = await new Client().raw(`/sign-in?next=${next}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // The form's `next` (in the RSC payload) and the link to sign-up drop the address.
    expect(html.includes(String.raw`{\"next\":\"/dashboard\"}`)).toBe(true);
    expect(html.includes('href="/sign-up"')).toBe(true);
    expect(/href="[^"]*evil/.test(html)).toBe(false);
  });

  it("follows a safe next, signed in", async () => {
    const res = await signedIn.raw("/sign-in?next=%2Foffers%3Fx%3D1");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/offers?x=1");
  });

  it("sends a signed-out visitor of a private page to sign-in with the way back", async () => {
    const res = await new Client().raw("/offers/compare?a=1");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/sign-in?next=%2Foffers%2Fcompare%3Fa%3D1");
  });
});

describe("Content-Security-Policy of pages", () => {
  async function page(path: string, client = new Client()) {
    const res = await client.raw(path);
    return { status: res.status, csp: res.headers.get("content-security-policy") ?? "", html: await res.text() };
  }
  const nonceOf = (csp: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];

  it("allows scripts only with a fresh per-request nonce, never 'unsafe-inline'", async () => {
    const a = await page("/sign-in");
    const b = await page("/sign-in");
    const scriptSrc = a.csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
    expect(a.csp).toContain("object-src 'none'");
    expect(a.csp).toContain("base-uri 'self'");
    expect(a.csp).toContain("frame-ancestors 'none'");
    expect(nonceOf(a.csp)).not.toBe(nonceOf(b.csp));
  });

  it.each(["/", "/sign-in", "/sign-up", "/invite", "/no-such-page", "/dashboard", "/offers", "/questions"])(
    "every <script> of %s carries that response's nonce",
    async (path) => {
      const { status, csp, html } = await page(path, signedIn);
      expect(status).toBeLessThan(500);
      const nonce = nonceOf(csp);
      expect(nonce).toBeDefined();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    },
  );

  it("gives API answers a CSP that loads nothing", async () => {
    const res = await new Client().raw("/api/health");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
