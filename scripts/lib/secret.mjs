// The session signing secret: NEXTAUTH_SECRET when given, otherwise one generated once
// and kept in .data/ (or PREPLOOP_DATA_DIR) so that sessions survive restarts. Every
// instance behind a load balancer must be given the same NEXTAUTH_SECRET.
import crypto from "node:crypto";
import path from "node:path";
import { DATA_ROOT, readOrCreateSecret } from "./defaults.mjs";

export function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  return readOrCreateSecret(path.join(DATA_ROOT, "auth-secret"), () => crypto.randomBytes(48).toString("base64url"));
}
