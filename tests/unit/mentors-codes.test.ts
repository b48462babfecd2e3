import { describe, expect, it } from "vitest";
import {
  codeFromBytes,
  formatCode,
  looksLikeToken,
  newCode,
  newToken,
  normaliseCode,
  sha256,
} from "@/lib/mentors/codes";
import { CODE_ALPHABET } from "@/lib/mentors/data/settings";
import { NOT_ACCEPTABLE, expiryFrom, invitationStatus } from "@/lib/mentors/invitation-status";
import { byWaitingTime, waitedLabel } from "@/lib/mentors/waiting";

describe("invitation codes", () => {
  it("maps bytes onto the 31-character alphabet without look-alikes", () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    for (const ch of "01OIL") expect(CODE_ALPHABET).not.toContain(ch);
    expect(codeFromBytes(Uint8Array.from([0, 1, 2, 30, 31, 32, 61, 247]))).toBe("234Z23ZZ");
    expect(() => codeFromBytes(Uint8Array.from([1, 2, 3]))).toThrow(RangeError);
  });

  it("draws 8-character codes of the alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const c = newCode();
      expect(c).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    }
  });

  it("formats as XXXX-XXXX and normalises what people type", () => {
    expect(formatCode("ABCD2345")).toBe("ABCD-2345");
    expect(normaliseCode("abcd-2345")).toBe("ABCD2345");
    expect(normaliseCode("  ab cd 23 45 ")).toBe("ABCD2345");
    expect(normaliseCode("ABCD--2345")).toBe("ABCD2345");
    expect(normaliseCode("ABCD234")).toBeNull(); // 7 characters
    expect(normaliseCode("ABCD23456")).toBeNull(); // 9 characters
    expect(normaliseCode("ABCD0345")).toBeNull(); // 0 is not in the alphabet
    expect(normaliseCode("ABCDO345")).toBeNull(); // nor O
    expect(normaliseCode("ABCD_345")).toBeNull();
    expect(normaliseCode("")).toBeNull();
  });

  it("tokens are 43 URL-safe characters; hashes are sha-256 hex", () => {
    const t = newToken();
    expect(looksLikeToken(t)).toBe(true);
    expect(looksLikeToken(`${t}x`)).toBe(false);
    expect(looksLikeToken("../../etc/passwd")).toBe(false);
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("invitation status and expiry", () => {
  const made = new Date("2026-12-01T10:00:00Z");
  const expiresAt = expiryFrom(made);
  it("expires 7 days later by default, or after the days chosen", () => {
    expect(expiresAt.toISOString()).toBe("2026-12-08T10:00:00.000Z");
    expect(expiryFrom(made, 1).toISOString()).toBe("2026-12-02T10:00:00.000Z");
  });
  it("is pending until the instant of expiry, expired from it", () => {
    const at = (iso: string) =>
      invitationStatus({ expiresAt, revokedAt: null, acceptedAt: null }, new Date(iso));
    expect(at("2026-12-08T09:59:59.999Z")).toBe("pending");
    expect(at("2026-12-08T10:00:00.000Z")).toBe("expired");
    expect(at("2027-01-01T00:00:00.000Z")).toBe("expired");
  });
  it("accepted and revoked are final, whatever the clock says", () => {
    const later = new Date("2027-01-01T00:00:00Z");
    expect(invitationStatus({ expiresAt, revokedAt: null, acceptedAt: made }, later)).toBe("accepted");
    expect(invitationStatus({ expiresAt, revokedAt: made, acceptedAt: null }, later)).toBe("revoked");
    expect(invitationStatus({ expiresAt, revokedAt: made, acceptedAt: made }, made)).toBe("accepted");
  });
  it("says what to do for each refusal", () => {
    expect(NOT_ACCEPTABLE.expired).toBe("This invitation has expired. Ask for a new one.");
  });
});

describe("queue waiting time", () => {
  const now = new Date("2026-12-10T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it("rounds down to whole minutes, hours and days", () => {
    expect(waitedLabel(ago(0), now)).toBe("waiting since just now");
    expect(waitedLabel(ago(59_999), now)).toBe("waiting since just now");
    expect(waitedLabel(ago(60_000), now)).toBe("waited 1 minute");
    expect(waitedLabel(ago(119_999), now)).toBe("waited 1 minute");
    expect(waitedLabel(ago(59 * 60_000 + 59_999), now)).toBe("waited 59 minutes");
    expect(waitedLabel(ago(3_600_000), now)).toBe("waited 1 hour");
    expect(waitedLabel(ago(23 * 3_600_000 + 3_599_999), now)).toBe("waited 23 hours");
    expect(waitedLabel(ago(86_400_000), now)).toBe("waited 1 day");
    expect(waitedLabel(ago(3 * 86_400_000 + 7_200_000), now)).toBe("waited 3 days");
  });
  it("treats a future time (clock skew) as just now", () => {
    expect(waitedLabel(new Date(now.getTime() + 5000), now)).toBe("waiting since just now");
  });
  it("orders oldest first, ties by id", () => {
    const items = [
      { id: "b", requestedAt: ago(1000) },
      { id: "c", requestedAt: ago(5000) },
      { id: "a", requestedAt: ago(1000) },
    ];
    expect(byWaitingTime(items).map((i) => i.id)).toEqual(["c", "a", "b"]);
  });
});
