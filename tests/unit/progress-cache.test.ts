// lib/progress/cache.ts: when a cached dashboard is served and when it is computed again.
import { beforeEach, describe, expect, it } from "vitest";
import { PROGRESS_CACHE_SIZE, cachedProgress, clearProgressCache } from "@/lib/progress/cache";

const T = new Date("2026-03-02T10:00:00Z");
const at = (ms: number) => new Date(T.getTime() + ms);

function counter(until = Infinity) {
  let calls = 0;
  const compute = async () => ({ value: { n: ++calls, nested: { list: [1, 2] } }, until });
  return { compute, calls: () => calls };
}

beforeEach(() => clearProgressCache());

describe("cachedProgress", () => {
  it("serves the same value for the same slot and key, and recomputes when the key changes", async () => {
    const c = counter();
    const a = await cachedProgress("u1", "k1", T, c.compute);
    expect(await cachedProgress("u1", "k1", at(1000), c.compute)).toBe(a);
    expect(c.calls()).toBe(1);
    expect((await cachedProgress("u1", "k2", at(2000), c.compute)).n).toBe(2);
    expect((await cachedProgress("u1", "k1", at(3000), c.compute)).n).toBe(3); // one entry per slot: k1 was replaced
    expect((await cachedProgress("u2", "k1", at(3000), c.compute)).n).toBe(4); // slots are separate
  });

  it("recomputes from `until` on, and for an instant before the one it was computed for", async () => {
    const c = counter(T.getTime() + 60_000);
    await cachedProgress("u1", "k", T, c.compute);
    await cachedProgress("u1", "k", at(59_999), c.compute);
    expect(c.calls()).toBe(1);
    expect((await cachedProgress("u1", "k", at(60_000), c.compute)).n).toBe(2);
    expect((await cachedProgress("u1", "k", at(-1), c.compute)).n).toBe(3);
  });

  it("shares one computation between concurrent misses", async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      calls++;
      await gate;
      return { value: { n: calls }, until: Infinity };
    };
    const both = Promise.all([cachedProgress("u1", "k", T, compute), cachedProgress("u1", "k", at(5), compute)]);
    release();
    const [x, y] = await both;
    expect(calls).toBe(1);
    expect(y).toBe(x);
  });

  it("freezes what it caches, deeply", async () => {
    const v = await cachedProgress("u1", "k", T, counter().compute);
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.nested.list)).toBe(true);
  });

  it(`keeps at most ${PROGRESS_CACHE_SIZE} users, dropping the least recently used`, async () => {
    const c = counter();
    for (let i = 0; i < PROGRESS_CACHE_SIZE; i++) await cachedProgress(`u${i}`, "k", T, c.compute);
    await cachedProgress("u0", "k", T, c.compute); // u0 used again: u1 is now the oldest
    await cachedProgress("new", "k", T, c.compute);
    expect(c.calls()).toBe(PROGRESS_CACHE_SIZE + 1);
    await cachedProgress("u0", "k", T, c.compute);
    expect(c.calls()).toBe(PROGRESS_CACHE_SIZE + 1);
    await cachedProgress("u1", "k", T, c.compute);
    expect(c.calls()).toBe(PROGRESS_CACHE_SIZE + 2);
  });
});
