// Micro-benchmark: next-auth 4's decode() (HKDF key derivation on every call) against a decode
// with the key derived once (lib/server/session-token.ts), in the same process and run.
// Usage: npm run bench -- session-decode
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { decode, encode } from "next-auth/jwt";

const SECRET = "preploop-bench-secret-0123456789abcdefghij";

async function perCall(f, n = 20_000) {
  for (let i = 0; i < 2_000; i++) await f();
  const t = performance.now();
  for (let i = 0; i < n; i++) await f();
  return ((performance.now() - t) * 1000) / n;
}

export async function run() {
  const token = await encode({
    token: { uid: "user-id-0123456789", sid: "session-id-0123456789" },
    secret: SECRET,
  });
  const key = new Uint8Array(hkdfSync("sha256", SECRET, "", "NextAuth.js Generated Encryption Key", 32));
  for (let round = 1; round <= 3; round++) {
    const before = await perCall(() => decode({ token, secret: SECRET }));
    const after = await perCall(() => jwtDecrypt(token, key, { clockTolerance: 15 }));
    console.log(
      `round ${round}: next-auth decode ${before.toFixed(1)} µs, cached key ${after.toFixed(1)} µs (${(before / after).toFixed(2)}× faster)`,
    );
  }
}
