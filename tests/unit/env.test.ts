import { describe, expect, it } from "vitest";
import { parseEnv, trustsProxy } from "@/lib/server/env";

const good = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/db",
  NEXTAUTH_SECRET: "x".repeat(32),
};

describe("environment validation", () => {
  it("accepts a minimal valid environment", () => {
    expect(parseEnv(good)).toMatchObject(good);
  });

  it("names every missing or bad variable in one message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", GITHUB_ID: "id" })).toThrow(
      [
        "PrepLoop cannot start: the environment is not valid.",
        "  - DATABASE_URL: must be a postgresql:// connection string",
        "  - NEXTAUTH_SECRET: must be at least 32 characters",
      ].join("\n"),
    );
    try {
      parseEnv({});
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain("DATABASE_URL: is required");
      expect(msg).toContain("NEXTAUTH_SECRET: is required");
    }
  });

  it("requires OAuth credentials in pairs", () => {
    expect(() => parseEnv({ ...good, GITHUB_ID: "id" })).toThrow("GITHUB_SECRET: GITHUB_ID and GITHUB_SECRET must be set together");
    expect(parseEnv({ ...good, GITHUB_ID: "id", GITHUB_SECRET: "s" }).GITHUB_ID).toBe("id");
  });

  it("takes PREPLOOP_QUERY_STATS as 1 or 0 only", () => {
    expect(parseEnv({ ...good, PREPLOOP_QUERY_STATS: "1" }).PREPLOOP_QUERY_STATS).toBe("1");
    expect(() => parseEnv({ ...good, PREPLOOP_QUERY_STATS: "yes" })).toThrow(
      "PREPLOOP_QUERY_STATS: must be 1 (count SQL queries, benchmarks only) or 0",
    );
  });

  it("takes PREPLOOP_BENCH as 1 or 0 only", () => {
    expect(parseEnv({ ...good, PREPLOOP_BENCH: "1" }).PREPLOOP_BENCH).toBe("1");
    expect(() => parseEnv({ ...good, PREPLOOP_BENCH: "on" })).toThrow("PREPLOOP_BENCH: must be 1 (benchmark routes on) or 0");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ ...good, GOOGLE_CLIENT_ID: "", GOOGLE_CLIENT_SECRET: "" }).GOOGLE_CLIENT_ID).toBeUndefined();
  });

  it("checks SMTP_URL and MAIL_FROM, and needs MAIL_FROM and NEXTAUTH_URL with SMTP_URL", () => {
    const mail = {
      ...good,
      NEXTAUTH_URL: "https://preploop.example.com",
      SMTP_URL: "smtps://user:pass@mail.example.com:465",
      MAIL_FROM: "PrepLoop <no-reply@example.com>",
    };
    expect(parseEnv(mail)).toMatchObject(mail);
    expect(parseEnv({ ...mail, SMTP_URL: "smtp://mail.example.com:587", MAIL_FROM: "no-reply@example.com" })).toMatchObject({
      MAIL_FROM: "no-reply@example.com",
    });
    expect(() => parseEnv({ ...mail, SMTP_URL: "http://mail.example.com" })).toThrow(
      "SMTP_URL: must be a URL such as smtp://user:password@mail.example.com:587",
    );
    expect(() => parseEnv({ ...mail, SMTP_URL: "not a url" })).toThrow("SMTP_URL: must be a URL");
    expect(() => parseEnv({ ...mail, MAIL_FROM: "PrepLoop" })).toThrow("MAIL_FROM: must be an address like");
    expect(() => parseEnv({ ...mail, MAIL_FROM: undefined })).toThrow("MAIL_FROM: is required when SMTP_URL is set");
    expect(() => parseEnv({ ...mail, NEXTAUTH_URL: undefined })).toThrow("NEXTAUTH_URL: is required when SMTP_URL is set");
    expect(parseEnv({ ...good, MAIL_FROM: "no-reply@example.com" })).toMatchObject({ MAIL_FROM: "no-reply@example.com" });
  });
});

describe("trustsProxy", () => {
  it("is on only for 1 or true", () => {
    expect(trustsProxy({ PREPLOOP_TRUST_PROXY: "1" })).toBe(true);
    expect(trustsProxy({ PREPLOOP_TRUST_PROXY: "true" })).toBe(true);
    expect(trustsProxy({ PREPLOOP_TRUST_PROXY: "0" })).toBe(false);
    expect(trustsProxy({ PREPLOOP_TRUST_PROXY: "false" })).toBe(false);
    expect(trustsProxy({})).toBe(false);
    expect(trustsProxy(parseEnv({ ...good, PREPLOOP_TRUST_PROXY: "1" }))).toBe(true);
  });
});
