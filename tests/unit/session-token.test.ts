// The session cookie decoded with a cached key is exactly next-auth's: its own encode() decodes,
// a tampered, foreign-secret or expired cookie is refused, and the key is derived once.
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionKey } from "@/lib/server/session-token";

const SECRET = "unit-test-secret-0123456789-0123456789-abcdef";

describe("decodeSessionToken", () => {
  it("decodes a cookie made by next-auth's own encode()", async () => {
    const token = await encode({ token: { uid: "u1", sid: "s1", email: "a@b.c" }, secret: SECRET });
    const payload = await decodeSessionToken({ token, secret: SECRET });
    expect(payload).toMatchObject({ uid: "u1", sid: "s1", email: "a@b.c" });
    expect(payload).toEqual(await decode({ token, secret: SECRET }));
  });

  it("decodes a salted token like next-auth does", async () => {
    const token = await encode({ token: { uid: "u2" }, secret: SECRET, salt: "other" });
    expect(await decodeSessionToken({ token, secret: SECRET, salt: "other" })).toMatchObject({ uid: "u2" });
    await expect(decodeSessionToken({ token, secret: SECRET })).rejects.toThrow();
  });

  it("refuses a tampered cookie", async () => {
    const token = await encode({ token: { uid: "u1", sid: "s1" }, secret: SECRET });
    const parts = token.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0]! ^= 1;
    parts[3] = body.toString("base64url");
    await expect(decodeSessionToken({ token: parts.join("."), secret: SECRET })).rejects.toThrow();
  });

  it("refuses a cookie made with another secret, and an expired one", async () => {
    const foreign = await encode({ token: { uid: "u1" }, secret: `${SECRET}-other` });
    await expect(decodeSessionToken({ token: foreign, secret: SECRET })).rejects.toThrow();
    const expired = await encode({ token: { uid: "u1" }, secret: SECRET, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret: SECRET })).rejects.toThrow();
  });

  it("answers null for no token, and derives the key once per secret", async () => {
    expect(await decodeSessionToken({ token: "", secret: SECRET })).toBeNull();
    expect(sessionKey(SECRET)).toBe(sessionKey(SECRET));
    expect(sessionKey(SECRET)).toHaveLength(32);
    expect(sessionKey(SECRET)).not.toEqual(sessionKey(`${SECRET}x`));
  });
});
