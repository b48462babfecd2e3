// Which folders the `postgres` account (as root runs the embedded PostgreSQL) can reach.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockingDirectory, permits } from "../../scripts/lib/pg-root.mjs";

const account = { uid: 4242, gid: 4343 };
const stat = (uid: number, gid: number, mode: number) => ({ uid, gid, mode: 0o040000 | mode }) as fs.Stats;

describe("permits", () => {
  it("uses the owner's bits for the owner, even when others may", () => {
    expect(permits(stat(4242, 0, 0o007), account, 1)).toBe(false);
    expect(permits(stat(4242, 0, 0o100), account, 1)).toBe(true);
  });
  it("uses the group's bits for the primary group, else the others' bits", () => {
    expect(permits(stat(0, 4343, 0o701), account, 1)).toBe(false);
    expect(permits(stat(0, 4343, 0o710), account, 1)).toBe(true);
    expect(permits(stat(0, 0, 0o700), account, 1)).toBe(false);
    expect(permits(stat(0, 0, 0o711), account, 1)).toBe(true);
    expect(permits(stat(0, 0, 0o755), account, 2)).toBe(false);
    expect(permits(stat(0, 0, 0o755), account, 4)).toBe(true);
  });
  it("lets root through", () => {
    expect(permits(stat(1, 1, 0o000), { uid: 0, gid: 0 }, 1)).toBe(true);
  });
});

describe("blockingDirectory", () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "preploop-reach-"));
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  it("names the first folder on the way that others cannot enter (mktemp -d is 0700)", () => {
    fs.chmodSync(base, 0o700);
    const inner = path.join(base, "checkout", ".data");
    fs.mkdirSync(inner, { recursive: true, mode: 0o755 });
    expect(blockingDirectory(path.join(inner, "postgres"), account)).toBe(fs.realpathSync(base));
    fs.chmodSync(base, 0o711);
    expect(blockingDirectory(path.join(inner, "postgres"), account)).toBeNull();
    fs.chmodSync(path.join(base, "checkout"), 0o700);
    expect(blockingDirectory(inner, account)).toBe(path.join(fs.realpathSync(base), "checkout"));
  });

  it("follows symbolic links to the real folders", () => {
    fs.chmodSync(base, 0o711);
    const closed = path.join(base, "closed");
    fs.mkdirSync(path.join(closed, "data"), { recursive: true });
    fs.chmodSync(closed, 0o700);
    const link = path.join(base, "link");
    fs.symlinkSync(path.join(closed, "data"), link);
    expect(blockingDirectory(link, account)).toBe(path.join(fs.realpathSync(base), "closed"));
  });
});
