import { describe, expect, it } from "vitest";
import {
  CODE_RULES,
  KNOWN_ADDRESS_MS,
  SIGN_IN_RULES,
  SIGN_UP_DEFAULT_LIMIT,
  addressBucket,
  exceeds,
  secondsUntil,
  signUpRule,
  throttleKeys,
  tryAgainIn,
} from "@/lib/accounts/throttle";

const t = (iso: string) => new Date(`2026-11-30T${iso}Z`);
const SECRET = "unit-test-secret-0123456789abcdefghijklmnop";

describe("throttle limits", () => {
  it("are 5 per (account, address) and 20 per address per 15 minutes, 100 per account per hour", () => {
    expect(SIGN_IN_RULES).toEqual({
      pair: { limit: 5, windowMs: 900_000 },
      address: { limit: 20, windowMs: 900_000 },
      account: { limit: 100, windowMs: 3_600_000 },
    });
    expect(KNOWN_ADDRESS_MS).toBe(30 * 86_400_000);
  });

  it("allow 20 sign-ups per address per hour unless configured, and 10 codes per user / 20 per address per 15 minutes", () => {
    expect(SIGN_UP_DEFAULT_LIMIT).toBe(20);
    expect(signUpRule()).toEqual({ limit: 20, windowMs: 3_600_000 });
    expect(signUpRule(500)).toEqual({ limit: 500, windowMs: 3_600_000 });
    expect(CODE_RULES).toEqual({
      user: { limit: 10, windowMs: 900_000 },
      address: { limit: 20, windowMs: 900_000 },
    });
  });

  it("refuse the attempt after the limit, not the one at it", () => {
    expect(exceeds({ count: 5, retryAfter: 10 }, SIGN_IN_RULES.pair)).toBe(false);
    expect(exceeds({ count: 6, retryAfter: 10 }, SIGN_IN_RULES.pair)).toBe(true);
  });
});

describe("retry times and messages", () => {
  it("round seconds up and never answer 0", () => {
    expect(secondsUntil(t("10:15:00"), t("10:00:00"))).toBe(900);
    expect(secondsUntil(t("10:15:00"), t("10:14:59.001"))).toBe(1);
    expect(secondsUntil(t("10:15:00"), t("10:15:00"))).toBe(1);
  });

  it("say whole minutes, rounded up", () => {
    expect(tryAgainIn(900)).toBe("Try again in 15 minutes.");
    expect(tryAgainIn(841)).toBe("Try again in 15 minutes.");
    expect(tryAgainIn(60)).toBe("Try again in 1 minute.");
    expect(tryAgainIn(1)).toBe("Try again in 1 minute.");
    expect(tryAgainIn(61)).toBe("Try again in 2 minutes.");
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 and unwraps IPv4-mapped IPv6", () => {
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket("::FFFF:127.0.0.1")).toBe("127.0.0.1");
  });

  it("counts IPv6 by its /64, however it is written", () => {
    expect(addressBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0DB8:0001:0002::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("puts missing and unreadable addresses in one bucket", () => {
    expect(addressBucket(null)).toBe("unknown");
    expect(addressBucket("")).toBe("unknown");
    expect(addressBucket("not-an-ip")).toBe("unknown");
  });
});

describe("throttle keys", () => {
  const k = throttleKeys(SECRET);

  it("hold no email or address, only keyed hashes", () => {
    const key = k.signInPair("ada@example.com", "203.0.113.9");
    expect(key).toMatch(/^signin-pair:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]{22}$/);
    expect(key).not.toContain("ada");
    expect(key).not.toContain("203");
    expect(
      throttleKeys("another-secret-0123456789abcdefghijklmn").signInPair("ada@example.com", "203.0.113.9"),
    ).not.toBe(key);
  });

  it("key on the normalised email and the address bucket", () => {
    expect(k.signInAccount("  Ada@Example.COM ")).toBe(k.signInAccount("ada@example.com"));
    expect(k.signInPair("ada@example.com", "::ffff:203.0.113.9")).toBe(
      k.signInPair("ada@example.com", "203.0.113.9"),
    );
    expect(k.signInAddress("2001:db8:1:2::1")).toBe(k.signInAddress("2001:db8:1:2::ffff"));
    expect(k.signInAddress("2001:db8:1:3::1")).not.toBe(k.signInAddress("2001:db8:1:2::1"));
    expect(k.signInPair("ada@example.com", "203.0.113.9")).not.toBe(
      k.signInPair("bob@example.com", "203.0.113.9"),
    );
    expect(k.signInPair("ada@example.com", "203.0.113.9")).not.toBe(
      k.signInPair("ada@example.com", "203.0.113.10"),
    );
  });

  it("name every row of an account by exact key or prefix (for deletion)", () => {
    const { exact, prefixes } = k.accountKeys("Ada@example.com", "user-1");
    expect(exact).toEqual([
      k.signInAccount("ada@example.com"),
      "code-user:user-1",
      k.resetEmail("ada@example.com"),
      k.changePassword("user-1"),
    ]);
    expect(k.resetEmail("ada@example.com")).toMatch(/^reset-email:[\w-]{22}$/); // a keyed hash, never the email
    expect(k.signInPair("ada@example.com", "203.0.113.9").startsWith(prefixes[0]!)).toBe(true);
    expect(k.signInKnown("ada@example.com", "203.0.113.9").startsWith(prefixes[1]!)).toBe(true);
    expect(k.signInPair("bob@example.com", "203.0.113.9").startsWith(prefixes[0]!)).toBe(false);
    expect(k.signInAddress("203.0.113.9")).toMatch(/^signin-address:/);
    expect(k.signUpAddress("203.0.113.9")).toMatch(/^signup-address:/);
    expect(k.codeAddress("203.0.113.9")).toMatch(/^code-address:/);
  });
});
