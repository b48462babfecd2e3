// The embedded PostgreSQL keeps its data across a clean stop/start and after the server
// process is killed (crash recovery); it belongs to its data folder (own password, never
// another folder's server, another port when its port is taken); and as root it runs from
// a folder the postgres account cannot enter.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { freePort } from "../../scripts/lib/app-server.mjs";
import { LEGACY_EMBEDDED_PASSWORD, passwordFile } from "../../scripts/lib/defaults.mjs";

type Handle = Awaited<ReturnType<typeof ensureEmbeddedPostgres>>;

const handles: Handle[] = [];
const folders: string[] = [];

/** A scratch folder other users can enter (so the postgres account can, when we are root). */
function openFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-pg-"));
  fs.chmodSync(dir, 0o755);
  folders.push(dir);
  return dir;
}

async function start(opts: Parameters<typeof ensureEmbeddedPostgres>[0]) {
  const h = await ensureEmbeddedPostgres(opts);
  handles.push(h);
  return h;
}

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function waitForExit(pid: number) {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

afterAll(async () => {
  for (const h of handles.reverse()) await h.stop();
  for (const dir of folders) {
    // A data folder relocated for root is a link into /var/lib/preploop: remove its target too.
    for (const entry of fs.readdirSync(dir)) {
      const p = path.join(dir, entry);
      if (fs.lstatSync(p).isSymbolicLink()) fs.rmSync(fs.realpathSync(p), { recursive: true, force: true });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe("embedded PostgreSQL", () => {
  it("survives stop/start and a killed server process, and moves from the old built-in password", async () => {
    const pgDir = path.join(openFolder(), "data");
    const port = await freePort();
    let handle = await start({ port, dataDir: pgDir });
    expect(handle.started).toBe(true);
    const url = handle.url("postgres");
    await query(url, "CREATE TABLE keep (v text)");
    await query(url, "INSERT INTO keep VALUES ('before restart')");

    // A second starter while it runs reuses it instead of failing.
    const again = await start({ port, dataDir: pgDir });
    expect(again.started).toBe(false);
    expect(again.pid).toBe(handle.pid);

    await handle.stop();
    handle = await start({ port, dataDir: pgDir });
    expect(handle.started).toBe(true);
    await query(url, "INSERT INTO keep VALUES ('before kill')");

    // Kill the postmaster outright, as a crash or `kill -9` would; the next start recovers
    // (it waits itself for orphaned backends to let go of the old shared memory).
    const exited = new Promise((r) => handle.onExit(r));
    process.kill(handle.pid, "SIGKILL");
    expect(await exited).toMatchObject({ pid: handle.pid, signal: "SIGKILL" });
    await waitForExit(handle.pid);
    handle = await start({ port, dataDir: pgDir });
    expect(handle.started).toBe(true);
    const { rows } = await query(url, "SELECT v FROM keep ORDER BY v");
    expect(rows.map((r) => r.v)).toEqual(["before kill", "before restart"]);

    // A data folder made before passwords were per folder (the old built-in password and no
    // password file) gets a new random password, while running (reused) …
    const legacyUrl = `postgresql://postgres:${LEGACY_EMBEDDED_PASSWORD}@localhost:${port}/postgres`;
    await query(url, `ALTER ROLE postgres WITH PASSWORD '${LEGACY_EMBEDDED_PASSWORD}'`);
    fs.rmSync(passwordFile(pgDir));
    const reused = await start({ port, dataDir: pgDir });
    expect(reused.started).toBe(false);
    const password = fs.readFileSync(passwordFile(pgDir), "utf8");
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    await expect(query(legacyUrl, "select 1")).rejects.toThrow(/password authentication failed/);
    expect((await query(reused.url("postgres"), "select count(*)::int as n from keep")).rows[0].n).toBe(2);

    // … and when it starts from a stopped folder.
    await query(reused.url("postgres"), `ALTER ROLE postgres WITH PASSWORD '${LEGACY_EMBEDDED_PASSWORD}'`);
    fs.rmSync(passwordFile(pgDir));
    await handle.stop();
    handle = await start({ port, dataDir: pgDir });
    expect(handle.started).toBe(true);
    expect(fs.readFileSync(passwordFile(pgDir), "utf8")).not.toBe(password);
    await expect(query(legacyUrl, "select 1")).rejects.toThrow(/password authentication failed/);
    expect((await query(handle.url("postgres"), "select count(*)::int as n from keep")).rows[0].n).toBe(2);
  });

  it("belongs to its data folder: own password, never another folder's server, another port when taken", async () => {
    const port = await freePort();
    // "Another checkout" runs its server on the port first.
    const otherDir = path.join(openFolder(), "postgres");
    const other = await start({ port, dataDir: otherDir });
    await other.ensureDatabase("preploop_test");
    await query(other.url("preploop_test"), "CREATE TABLE mine (v text)");

    // Passwords are random per folder and stored 0600 next to the data; the old built-in one is refused.
    const ownDir = path.join(openFolder(), "postgres");
    const own = await start({ port, fixedPort: false, dataDir: ownDir });
    expect(fs.statSync(passwordFile(otherDir)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(passwordFile(ownDir), "utf8")).not.toBe(fs.readFileSync(passwordFile(otherDir), "utf8"));
    await expect(
      query(`postgresql://postgres:${LEGACY_EMBEDDED_PASSWORD}@localhost:${port}/postgres`, "select 1"),
    ).rejects.toThrow(/password authentication failed/);

    // The taken port is not shared: this folder got its own server on another port.
    expect(own.started).toBe(true);
    expect(own.port).not.toBe(port);
    const { rows } = await query(own.url("postgres"), "SHOW data_directory");
    expect(fs.realpathSync(rows[0].data_directory)).toBe(fs.realpathSync(ownDir));

    // Recreating its test database leaves the other server's alone.
    await own.ensureDatabase("preploop_test", { recreate: true });
    expect((await query(other.url("preploop_test"), "select count(*)::int as n from mine")).rows[0].n).toBe(0);

    // Asking again for the taken port finds this folder's own running server.
    const reuse = await start({ port, dataDir: ownDir });
    expect(reuse).toMatchObject({ started: false, pid: own.pid, port: own.port });

    // A fixed port (PREPLOOP_DB_PORT) held by another folder's server is reported, not shared.
    await expect(start({ port, dataDir: path.join(openFolder(), "postgres") })).rejects.toThrow(
      `Port ${port} is taken by another program (not this checkout's embedded PostgreSQL)`,
    );

    // Other's server stopping does not touch this one.
    await other.stop();
    expect((await query(own.url("postgres"), "select 1 as one")).rows[0].one).toBe(1);
  });

  it.runIf(process.getuid?.() === 0)("runs as root from a folder the postgres account cannot enter (mode 0700)", async () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-closed-"));
    folders.push(closed);
    expect(fs.statSync(closed).mode & 0o777).toBe(0o700);
    const dataDir = path.join(closed, "postgres");
    const h = await start({ port: await freePort(), dataDir });
    expect(h.started).toBe(true);
    // The data lives where the postgres account can reach it, linked from the checkout.
    expect(fs.lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(fs.realpathSync(dataDir).startsWith("/var/lib/preploop/")).toBe(true);
    expect(fs.statSync(closed).mode & 0o777).toBe(0o700);
    await query(h.url("postgres"), "CREATE TABLE t (v int)");

    // A restart finds the same data through the link.
    await h.stop();
    const again = await start({ port: h.port, dataDir });
    expect((await query(again.url("postgres"), "select count(*)::int as n from t")).rows[0].n).toBe(0);
  });
});
