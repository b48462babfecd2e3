// The session signing secret: NEXTAUTH_SECRET when given, otherwise one generated once
// and kept in .data/ so that sessions survive restarts. Every instance behind a load
// balancer must be given the same NEXTAUTH_SECRET.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_ROOT } from "./embedded-db.mjs";

export function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_ROOT, "auth-secret");
  fs.mkdirSync(DATA_ROOT, { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
