import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, ADDRESS_RULE, afterFailure, retryAfterSeconds } from "@/lib/accounts/throttle";

const t = (iso: string) => new Date(`2026-11-30T${iso}Z`);

describe("sign-in throttle rules", () => {
  it("are 5 per 15 minutes per account and 20 per 15 minutes per address", () => {
    expect(ACCOUNT_RULE).toEqual({ limit: 5, windowMs: 900_000, blockMs: 900_000 });
    expect(ADDRESS_RULE).toEqual({ limit: 20, windowMs: 900_000, blockMs: 900_000 });
  });

  it("counts failures inside the window and blocks on the 5th", () => {
    let s = afterFailure(null, t("10:00:00"), ACCOUNT_RULE);
    expect(s).toEqual({ failures: 1, windowStart: t("10:00:00"), blockedUntil: null });
    for (const at of ["10:01:00", "10:02:00", "10:03:00"]) s = afterFailure(s, t(at), ACCOUNT_RULE);
    expect(s).toEqual({ failures: 4, windowStart: t("10:00:00"), blockedUntil: null });
    expect(retryAfterSeconds(s, t("10:03:00"))).toBeNull();
    s = afterFailure(s, t("10:04:00"), ACCOUNT_RULE);
    expect(s).toEqual({ failures: 5, windowStart: t("10:00:00"), blockedUntil: t("10:19:00") });
    expect(retryAfterSeconds(s, t("10:04:00"))).toBe(900);
    expect(retryAfterSeconds(s, t("10:18:59.001"))).toBe(1); // rounds up
    expect(retryAfterSeconds(s, t("10:19:00"))).toBeNull(); // block ends exactly then
  });

  it("starts a new window once the old one has passed", () => {
    const s = afterFailure({ failures: 4, windowStart: t("10:00:00"), blockedUntil: null }, t("10:15:00"), ACCOUNT_RULE);
    expect(s).toEqual({ failures: 1, windowStart: t("10:15:00"), blockedUntil: null });
  });

  it("keeps counting one millisecond before the window closes", () => {
    const s = afterFailure({ failures: 4, windowStart: t("10:00:00"), blockedUntil: null }, t("10:14:59.999"), ACCOUNT_RULE);
    expect(s.failures).toBe(5);
    expect(s.blockedUntil).toEqual(t("10:29:59.999"));
  });

  it("extends the block when failures continue while blocked", () => {
    const s = afterFailure({ failures: 5, windowStart: t("10:00:00"), blockedUntil: t("10:19:00") }, t("10:10:00"), ACCOUNT_RULE);
    expect(s).toEqual({ failures: 6, windowStart: t("10:00:00"), blockedUntil: t("10:25:00") });
  });
});
