// Defaults shared by the start-up, test and CLI scripts (and prisma.config.ts): where the
// embedded PostgreSQL keeps its data, its port and its per-folder password.
// Kept free of heavy imports: prisma.config.ts loads it on every CLI run.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The preferred port; with PREPLOOP_DB_PORT unset a busy 5433 makes the starter pick the next free one. */
export const DEFAULT_DB_PORT = 5433;
export const EMBEDDED_PORT = Number(process.env.PREPLOOP_DB_PORT || DEFAULT_DB_PORT);
/** PREPLOOP_DB_PORT set: that port or a clear error, never another one. */
export const EMBEDDED_PORT_FIXED = Boolean(process.env.PREPLOOP_DB_PORT);
export const EMBEDDED_USER = "postgres";
export const EMBEDDED_DATABASE = "preploop";
export const TEST_DATABASE = "preploop_test";
/** The password every data folder had before it got its own; used only to replace it. */
export const LEGACY_EMBEDDED_PASSWORD = "preploop-local";

/** Local state (database, generated secrets): PREPLOOP_DATA_DIR, or .data/ in the checkout. */
export const DATA_ROOT = process.env.PREPLOOP_DATA_DIR ? path.resolve(process.env.PREPLOOP_DATA_DIR) : path.join(root, ".data");
export const EMBEDDED_DATA_DIR = path.join(DATA_ROOT, "postgres");

export const passwordFile = (dataDir = EMBEDDED_DATA_DIR) => `${dataDir}.password`;

/** Reads a secret file, creating it (mode 0600) with `make()` the first time. */
export function readOrCreateSecret(file, make) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, make(), { mode: 0o600, flag: "wx" });
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  const value = fs.readFileSync(file, "utf8").trim();
  if (value) return value;
  // Empty: a run died between creating and writing the file; nothing can have used it yet.
  fs.writeFileSync(file, make(), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/** The superuser password of this data folder, generated once (`<dataDir>.password`, mode 0600). */
export function embeddedPassword(dataDir = EMBEDDED_DATA_DIR) {
  return readOrCreateSecret(passwordFile(dataDir), () => crypto.randomBytes(24).toString("base64url"));
}

/**
 * What PostgreSQL wrote into this data folder's postmaster.pid (pid, port, status), or null.
 * The file exists while a server runs on the folder (or after one was killed).
 */
export function readPostmasterPid(dataDir = EMBEDDED_DATA_DIR) {
  let text;
  try {
    text = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  return { pid, dataDir: lines[1] ?? "", port, status: (lines[7] ?? "").trim() };
}

export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** The port this data folder's server listens on when it runs, otherwise the preferred port. */
export function embeddedPort(dataDir = EMBEDDED_DATA_DIR) {
  const info = readPostmasterPid(dataDir);
  return info && pidAlive(info.pid) ? info.port : EMBEDDED_PORT;
}

/**
 * The connection string of a database on this data folder's embedded server. With
 * `create: false` a missing password file is not created (prisma.config.ts: `prisma
 * generate` at install time must not write state); the URL then has an empty password.
 */
export function embeddedUrl(database = EMBEDDED_DATABASE, { dataDir = EMBEDDED_DATA_DIR, port = embeddedPort(dataDir), create = true } = {}) {
  const file = passwordFile(dataDir);
  const secret = create || fs.existsSync(file) ? embeddedPassword(dataDir) : "";
  const password = encodeURIComponent(secret);
  return `postgresql://${EMBEDDED_USER}:${password}@localhost:${port}/${database}`;
}
