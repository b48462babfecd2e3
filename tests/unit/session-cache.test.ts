// The session cache's rules, with the LISTEN connection faked: nothing is cached until LISTEN
// is up, a NOTIFY drops that user's entries, a load that raced an invalidation is not stored,
// entries expire, and a dropped connection clears everything until it is back.
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const clients: FakeClient[] = [];
class FakeClient extends EventEmitter {
  connected = false;
  listened: string[] = [];
  constructor() {
    super();
    clients.push(this);
  }
  async connect() {
    this.connected = true;
  }
  async query(sql: string) {
    this.listened.push(sql);
  }
  async end() {
    this.connected = false;
  }
  notify(payload: string) {
    this.emit("notification", { channel: "preploop_session", payload });
  }
}
vi.mock("pg", () => ({ default: { Client: FakeClient } }));

const cache = await import("@/lib/server/session-cache");
const T0 = 1_000_000;
const entry = (userId: string) => ({
  userId,
  email: `${userId}@x.io`,
  displayName: userId,
  isDemo: false,
  lastSeenAt: new Date(T0),
});

async function listening() {
  cache.cachedSession("warm-up", "nobody", T0); // the first use opens the connection
  await vi.waitFor(() => expect(cache.sessionCacheListening()).toBe(true));
  return clients.at(-1)!;
}

beforeEach(() => {
  delete process.env.PREPLOOP_SESSION_CACHE_MS;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the session cache", () => {
  it("stores nothing until LISTEN is up, then answers from memory", async () => {
    const ticket = cache.loadTicket();
    expect(cache.sessionCacheListening()).toBe(false);
    cache.storeSession("s0", entry("u0"), ticket, T0);
    expect(cache.sessionCacheSize()).toBe(0);
    const client = await listening();
    expect(client.listened).toEqual(["LISTEN preploop_session"]);
    cache.storeSession("s1", entry("u1"), cache.loadTicket(), T0);
    expect(cache.cachedSession("s1", "u1", T0 + 1)).toEqual(entry("u1"));
    expect(cache.cachedSession("s1", "someone-else", T0 + 1)).toBeNull(); // a token for another user never matches
  });

  it("drops a user's entries on their NOTIFY, and only theirs", async () => {
    const client = await listening();
    cache.storeSession("a1", entry("ua"), cache.loadTicket(), T0);
    cache.storeSession("a2", entry("ua"), cache.loadTicket(), T0);
    cache.storeSession("b1", entry("ub"), cache.loadTicket(), T0);
    client.notify("ua");
    expect(cache.cachedSession("a1", "ua", T0)).toBeNull();
    expect(cache.cachedSession("a2", "ua", T0)).toBeNull();
    expect(cache.cachedSession("b1", "ub", T0)).toEqual(entry("ub"));
    client.notify("*");
    expect(cache.cachedSession("b1", "ub", T0)).toBeNull();
  });

  it("does not store a load that read the database before an invalidation arrived", async () => {
    const client = await listening();
    const ticket = cache.loadTicket(); // the load starts, reads the (still live) row …
    client.notify("uc"); // … the revocation commits and its NOTIFY arrives …
    cache.storeSession("c1", entry("uc"), ticket, T0); // … then the load would store the old answer
    expect(cache.cachedSession("c1", "uc", T0)).toBeNull();
    const local = cache.loadTicket();
    cache.forgetSession("other"); // a local write counts too
    cache.storeSession("c1", entry("uc"), local, T0);
    expect(cache.cachedSession("c1", "uc", T0)).toBeNull();
  });

  it("expires entries after the TTL (PREPLOOP_SESSION_CACHE_MS)", async () => {
    process.env.PREPLOOP_SESSION_CACHE_MS = "1000";
    await listening();
    cache.storeSession("d1", entry("ud"), cache.loadTicket(), T0);
    expect(cache.cachedSession("d1", "ud", T0 + 999)).not.toBeNull();
    expect(cache.cachedSession("d1", "ud", T0 + 1000)).toBeNull();
  });

  it("is off with PREPLOOP_SESSION_CACHE_MS=0", async () => {
    await listening();
    process.env.PREPLOOP_SESSION_CACHE_MS = "0";
    cache.storeSession("e1", entry("ue"), cache.loadTicket(), T0);
    expect(cache.cachedSession("e1", "ue", T0)).toBeNull();
    expect(cache.sessionCacheSize()).toBe(0);
  });

  it("clears everything when the connection drops, and is used again only after it reconnects", async () => {
    const client = await listening();
    cache.storeSession("f1", entry("uf"), cache.loadTicket(), T0);
    const ticket = cache.loadTicket();
    client.emit("end");
    expect(cache.sessionCacheListening()).toBe(false);
    expect(cache.sessionCacheSize()).toBe(0);
    expect(cache.cachedSession("f1", "uf", T0)).toBeNull();
    cache.storeSession("f1", entry("uf"), ticket, T0);
    expect(cache.sessionCacheSize()).toBe(0);
    await vi.waitFor(() => expect(cache.sessionCacheListening()).toBe(true), { timeout: 5_000 });
    expect(clients.at(-1)).not.toBe(client);
    cache.storeSession("f1", entry("uf"), ticket, T0); // read before the reconnect: refused
    expect(cache.sessionCacheSize()).toBe(0);
    cache.storeSession("f1", entry("uf"), cache.loadTicket(), T0);
    expect(cache.cachedSession("f1", "uf", T0)).toEqual(entry("uf"));
  });
});
