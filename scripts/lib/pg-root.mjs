// PostgreSQL refuses to run as root, so when the scripts run as root the embedded server
// runs as the `postgres` account. That account must reach the binaries (in node_modules)
// and the data folder. A checkout in /root or in a `mktemp -d` folder (mode 0700) is closed
// to it; then the binaries are mirrored and the data kept in /var/lib/preploop, which the
// account can enter, with `.data/postgres` a symbolic link to it. Nothing in the checkout
// changes its permissions. See docs/decisions/0014-embedded-database-isolation.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT_STATE_DIR = "/var/lib/preploop";

export const isRoot = () => process.getuid?.() === 0;

/** uid and gid of the `postgres` account, created (as a system account) when missing. */
export function postgresAccount() {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], {
        stdio: "ignore",
      });
      return ids();
    } catch {
      throw new Error(
        "Running as root, the embedded PostgreSQL needs a `postgres` account to run as and could not create one: create it (useradd --system postgres), run as an ordinary user, or set DATABASE_URL.",
      );
    }
  }
}

/**
 * Whether `account` may use `bit` (1 search, 2 write, 4 read) on a file with stat `st`,
 * as the kernel decides from mode bits: the owner's bits for the owner, else the group's
 * for the primary group (child processes started with a uid get no supplementary groups),
 * else the others'.
 */
export function permits(st, account, bit) {
  if (account.uid === 0) return true;
  if (st.uid === account.uid) return ((st.mode >> 6) & bit) !== 0;
  if (st.gid === account.gid) return ((st.mode >> 3) & bit) !== 0;
  return (st.mode & bit) !== 0;
}

/**
 * Whether `account` can walk from / to `target`: search permission on every existing
 * directory on the way (symbolic links resolved), and on `target` itself when it exists.
 * Returns the first directory that stops it, or null when none does.
 */
export function blockingDirectory(target, account) {
  let existing = path.resolve(target);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const real = fs.realpathSync(existing);
  const parts = real.split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const dir = path.sep + parts.slice(0, i).join(path.sep);
    const st = fs.statSync(dir);
    if (st.isDirectory() && !permits(st, account, 1)) return dir;
  }
  return null;
}

function ensureStateDir(account) {
  fs.mkdirSync(ROOT_STATE_DIR, { recursive: true, mode: 0o755 });
  fs.chmodSync(ROOT_STATE_DIR, 0o755);
  const blocked = blockingDirectory(ROOT_STATE_DIR, account);
  if (blocked) {
    throw new Error(
      `Running as root from a folder the postgres account cannot enter, and ${blocked} is closed to it too: clone PrepLoop into a folder other users can enter (e.g. /srv), run as an ordinary user, or set DATABASE_URL.`,
    );
  }
}

/** Copies (hard links where it can) a directory tree, keeping symbolic links and modes. */
function mirror(from, to) {
  fs.mkdirSync(to, { mode: 0o755 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(src), dst);
    else if (entry.isDirectory()) mirror(src, dst);
    else {
      try {
        fs.linkSync(src, dst);
      } catch {
        fs.copyFileSync(src, dst);
        fs.chmodSync(dst, fs.statSync(src).mode & 0o777);
      }
    }
  }
}

/**
 * The folder holding bin/, lib/ and share/ of PostgreSQL that `account` can use: the npm
 * package's own, or a mirror of it in /var/lib/preploop when the checkout is closed to it.
 */
export function reachableBinaries(nativeDir, version, account, log) {
  if (!blockingDirectory(path.join(nativeDir, "bin"), account)) return nativeDir;
  ensureStateDir(account);
  const dest = path.join(ROOT_STATE_DIR, `postgres-${version}-${os.platform()}-${os.arch()}`);
  if (fs.existsSync(path.join(dest, ".complete"))) return dest;
  const tmp = `${dest}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  mirror(nativeDir, tmp);
  fs.writeFileSync(path.join(tmp, ".complete"), "");
  try {
    fs.renameSync(tmp, dest);
  } catch {
    // Another starter finished first: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log(`the postgres account cannot enter this checkout, so PostgreSQL's binaries were mirrored to ${dest}`);
  return dest;
}

/**
 * The directory PostgreSQL keeps `dataDir`'s data in: `dataDir` itself when the postgres
 * account can reach it, otherwise a folder in /var/lib/preploop that `dataDir` links to.
 */
export function reachableDataDir(dataDir, account, log) {
  const stat = fs.lstatSync(dataDir, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) return fs.realpathSync(dataDir);
  const blocked = blockingDirectory(path.dirname(dataDir), account);
  if (!blocked) return dataDir;
  if (stat && fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(
      `The embedded PostgreSQL's data in ${dataDir} cannot be reached by the postgres account it runs as (${blocked} is closed to other users): run \`chmod o+x ${blocked}\`, move the checkout to a folder other users can enter, or set DATABASE_URL.`,
    );
  }
  ensureStateDir(account);
  const name = dataDir
    .split(path.sep)
    .filter(Boolean)
    .slice(-3)
    .join("_")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  const target = fs.mkdtempSync(path.join(ROOT_STATE_DIR, `${name}-`));
  fs.chmodSync(target, 0o700);
  fs.chownSync(target, account.uid, account.gid);
  // A folder without PG_VERSION holds no database (left by a first start that failed).
  if (stat) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.symlinkSync(target, dataDir);
  log(`${blocked} is closed to the postgres account, so the embedded PostgreSQL keeps its data in ${target} (linked from ${dataDir})`);
  return target;
}
