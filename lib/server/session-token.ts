import "server-only";
// next-auth 4's session cookie decoded with a key derived once per secret. next-auth's own
// decode() derives the key with HKDF on every call (about a third of a signed-in request's
// session check); this is the same derivation (sha256, empty salt, the same info string) and
// the same jwtDecrypt call (jose, dir + A256GCM, 15 s clock tolerance), so cookies made by
// next-auth's encode() decode here and ours decode there: the cookie format does not change.
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

const INFO = "NextAuth.js Generated Encryption Key";

const keys = new Map<string, Uint8Array>();

/** The A256GCM key next-auth derives from `secret` and `salt` (session cookies: ""), computed once. */
export function sessionKey(secret: string, salt = ""): Uint8Array {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, salt, salt ? `${INFO} (${salt})` : INFO, 32));
    if (keys.size > 8) keys.clear(); // only ever one or two secrets in a process
    keys.set(id, key);
  }
  return key;
}

/** next-auth's `decode` with the cached key: the payload, or a throw for a bad or expired token. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token) return null;
  const key = sessionKey(String(params.secret), params.salt);
  const { payload } = await jwtDecrypt(params.token, key, { clockTolerance: 15 });
  return payload as JWT;
}
