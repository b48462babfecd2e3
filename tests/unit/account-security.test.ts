import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoProfileDrift, DEMO_PROFILES } from "@/lib/accounts/demo-profiles";
import { LINK_INTENT_TTL_MS, readLinkIntent, signLinkIntent } from "@/lib/accounts/link-intent";
import { hashResetToken, newResetToken, resetLink } from "@/lib/accounts/password-rules";
import { resetTokenSchema } from "@/lib/accounts/security-schema";
import { LAST_SEEN_EVERY_MS, isActive, shouldTouch } from "@/lib/server/session-rules";

const SECRET = "s".repeat(32);
const T0 = new Date("2026-12-06T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("session rows", () => {
  it("refreshes last-seen only after 5 minutes", () => {
    expect(LAST_SEEN_EVERY_MS).toBe(300_000);
    expect(shouldTouch(T0, at(299_999))).toBe(false);
    expect(shouldTouch(T0, at(300_000))).toBe(true);
    expect(shouldTouch(T0, at(-1))).toBe(false);
  });

  it("is active until revoked or 30 days unseen", () => {
    const thirtyDays = 30 * 24 * 3600_000;
    expect(isActive({ revokedAt: null, lastSeenAt: T0 }, at(thirtyDays - 1))).toBe(true);
    expect(isActive({ revokedAt: null, lastSeenAt: T0 }, at(thirtyDays))).toBe(false);
    expect(isActive({ revokedAt: T0, lastSeenAt: T0 }, at(1))).toBe(false);
  });
});

describe("password reset tokens", () => {
  it("mails 32 random bytes and stores only their SHA-256", () => {
    const a = newResetToken();
    const b = newResetToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.hash).toBe(createHash("sha256").update(a.token).digest("hex"));
    expect(a.hash).toHaveLength(64);
    expect(a.token).not.toBe(b.token);
    expect(hashResetToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(resetTokenSchema.safeParse(a.token).success).toBe(true);
    expect(resetTokenSchema.safeParse(a.token.slice(1)).success).toBe(false);
    expect(resetTokenSchema.safeParse(`${a.token.slice(1)}.`).success).toBe(false);
  });

  it("builds the link from the configured base URL", () => {
    expect(resetLink("https://preploop.example.com/", "t_k-1")).toBe(
      "https://preploop.example.com/reset-password?token=t_k-1",
    );
  });
});

describe("link intents", () => {
  it("round-trips for the same provider until it expires", () => {
    const v = signLinkIntent("sess_1-a", "github", SECRET, T0);
    expect(readLinkIntent(v, "github", SECRET, at(LINK_INTENT_TTL_MS - 1))).toBe("sess_1-a");
    expect(readLinkIntent(v, "github", SECRET, at(LINK_INTENT_TTL_MS))).toBeNull();
    expect(readLinkIntent(v, "google", SECRET, T0)).toBeNull();
  });

  it("rejects a forged or altered value", () => {
    const v = signLinkIntent("sess_1", "github", SECRET, T0);
    expect(readLinkIntent(v, "github", "t".repeat(32), T0)).toBeNull();
    expect(readLinkIntent(v.replace("sess_1", "sess_2"), "github", SECRET, T0)).toBeNull();
    expect(readLinkIntent(`${v}x`, "github", SECRET, T0)).toBeNull();
    expect(readLinkIntent(undefined, "github", SECRET, T0)).toBeNull();
    expect(readLinkIntent("a.b.c", "github", SECRET, T0)).toBeNull();
  });
});

describe("demo profile drift", () => {
  it("names exactly the documented fields that changed", () => {
    const want = DEMO_PROFILES["demo@preploop.dev"]!;
    expect(demoProfileDrift("demo@preploop.dev", want)).toEqual({});
    expect(demoProfileDrift("demo@preploop.dev", { ...want, displayName: "pwned", region: null })).toEqual({
      displayName: "Demo Candidate",
      region: "UNITED_STATES",
    });
    expect(demoProfileDrift("someone@example.com", { ...want, displayName: "x" })).toEqual({});
  });
});
