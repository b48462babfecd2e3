// How many app processes serve.mjs runs (scripts/lib/cluster.mjs): one per core by default (at
// most MAX_DEFAULT), PREPLOOP_WORKERS when set, one for the development server; a wrong value is
// refused with the reason.
import { describe, expect, it } from "vitest";
import { MAX_DEFAULT, MAX_WORKERS, workerCount as count } from "../../scripts/lib/cluster.mjs";

const workerCount = (o: { dev?: boolean; env: Record<string, string>; cores: number }) => count({ ...o, env: o.env as NodeJS.ProcessEnv });

describe("workerCount", () => {
  it("runs one process per core by default, at most MAX_DEFAULT", () => {
    expect(MAX_DEFAULT).toBe(4);
    expect(workerCount({ env: {}, cores: 1 })).toBe(1);
    expect(workerCount({ env: {}, cores: 2 })).toBe(2);
    expect(workerCount({ env: {}, cores: 4 })).toBe(4);
    expect(workerCount({ env: {}, cores: 64 })).toBe(4);
    expect(workerCount({ env: { PREPLOOP_WORKERS: "" }, cores: 4 })).toBe(4);
  });

  it("takes PREPLOOP_WORKERS from 1 to MAX_WORKERS, whatever the cores", () => {
    expect(MAX_WORKERS).toBe(64);
    expect(workerCount({ env: { PREPLOOP_WORKERS: "1" }, cores: 16 })).toBe(1);
    expect(workerCount({ env: { PREPLOOP_WORKERS: "3" }, cores: 2 })).toBe(3);
    expect(workerCount({ env: { PREPLOOP_WORKERS: "64" }, cores: 2 })).toBe(64);
  });

  it("refuses anything else, saying what it takes", () => {
    for (const bad of ["0", "65", "-1", "2.5", "two", " 2", "2 ", "1e1", "0x2"]) {
      expect(() => workerCount({ env: { PREPLOOP_WORKERS: bad }, cores: 2 }), bad).toThrow(
        `PREPLOOP_WORKERS must be a whole number from 1 to 64 (got "${bad}")`,
      );
    }
  });

  it("runs the development server in one process", () => {
    expect(workerCount({ dev: true, env: {}, cores: 8 })).toBe(1);
    expect(workerCount({ dev: true, env: { PREPLOOP_WORKERS: "1" }, cores: 8 })).toBe(1);
    expect(() => workerCount({ dev: true, env: { PREPLOOP_WORKERS: "2" }, cores: 8 })).toThrow(
      "PREPLOOP_WORKERS: the development server runs in one process (unset it or set 1)",
    );
  });
});
