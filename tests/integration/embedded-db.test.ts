// The embedded PostgreSQL keeps its data across a clean stop/start and after the server
// process is killed (crash recovery), and a second starter reuses the running server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { freePort } from "../../scripts/lib/app-server.mjs";

type Handle = { started: boolean; stop: () => Promise<void> };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-pg-"));
fs.chmodSync(dataDir, 0o777);
const pgDir = path.join(dataDir, "data");
let port: number;
let handle: Handle | undefined;

async function query(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ host: "localhost", port, user: "postgres", password: "preploop-local", database: "postgres" });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await handle?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("survives stop/start and a killed server process", async () => {
    port = (await freePort()) as number;
    handle = (await ensureEmbeddedPostgres({ port, dataDir: pgDir })) as Handle;
    expect(handle.started).toBe(true);
    await query("CREATE TABLE keep (v text)");
    await query("INSERT INTO keep VALUES ('before restart')");

    // A second starter while it runs reuses it instead of failing.
    const again = (await ensureEmbeddedPostgres({ port, dataDir: pgDir })) as Handle;
    expect(again.started).toBe(false);

    await handle.stop();
    handle = (await ensureEmbeddedPostgres({ port, dataDir: pgDir })) as Handle;
    expect(handle.started).toBe(true);
    await query("INSERT INTO keep VALUES ('before kill')");

    // Kill the postmaster outright, as a crash or `kill -9` would.
    const pid = Number(fs.readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
    // Let orphaned backends notice the postmaster is gone.
    await new Promise((r) => setTimeout(r, 1500));
    handle = (await ensureEmbeddedPostgres({ port, dataDir: pgDir })) as Handle;
    expect(handle.started).toBe(true);
    const { rows } = await query("SELECT v FROM keep ORDER BY v");
    expect(rows.map((r) => r.v)).toEqual(["before kill", "before restart"]);
  });
});
