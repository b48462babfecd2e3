// The one LISTEN connection (lib/server/pg-listen.ts), with pg faked: the session cache's channel
// and the live bus's share one connection; NOTIFYs go to their channel's subscribers only;
// up() follows LISTEN, down() follows a drop, and the reconnect LISTENs every channel again.
import { describe, expect, it, vi } from "vitest";
import { subscribe } from "@/lib/live/bus"; // vi.mock and vi.hoisted run before this import

const { clients, FakeClient } = vi.hoisted(() => {
  const clients: InstanceType<typeof FakeClient>[] = [];
  class FakeClient {
    sent: string[] = [];
    ended = false;
    private handlers = new Map<string, ((arg?: unknown) => void)[]>();
    constructor() {
      clients.push(this);
    }
    on(event: string, fn: (arg?: unknown) => void) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
      return this;
    }
    removeAllListeners() {
      this.handlers.clear();
      return this;
    }
    emit(event: string, arg?: unknown) {
      for (const fn of this.handlers.get(event) ?? []) fn(arg);
    }
    async connect() {}
    async query(sql: string) {
      this.sent.push(sql);
    }
    async end() {
      this.ended = true;
    }
    notify(channel: string, payload: string) {
      this.emit("notification", { channel, payload });
    }
  }
  return { clients, FakeClient };
});
vi.mock("pg", () => ({ default: { Client: FakeClient } }));

const { channelListening, listen } = await import("@/lib/server/pg-listen");
const cache = await import("@/lib/server/session-cache");

describe("the shared LISTEN connection", () => {
  it("serves the session cache and the live bus on one connection, each hearing only its channel", async () => {
    cache.cachedSession("warm-up", "nobody"); // the cache's first use subscribes
    const woken: string[] = [];
    const unsubscribe = subscribe("room-1", () => woken.push("room-1"));
    await vi.waitFor(() => {
      expect(cache.sessionCacheListening()).toBe(true);
      expect(channelListening("preploop_live")).toBe(true);
    });
    expect(clients).toHaveLength(1);
    expect(clients[0]!.sent.sort()).toEqual(["LISTEN preploop_live", "LISTEN preploop_session"]);
    woken.length = 0; // up() woke the room once (catch-up)

    cache.storeSession("s1", { userId: "u1", email: "u1@x.io", displayName: "U", isDemo: false, lastSeenAt: new Date() }, cache.loadTicket());
    clients[0]!.notify("preploop_live", "room-1");
    clients[0]!.notify("preploop_live", "room-2");
    expect(woken).toEqual(["room-1"]);
    expect(cache.sessionCacheSize()).toBe(1); // a live NOTIFY does not touch the session cache
    clients[0]!.notify("preploop_session", "u1");
    expect(cache.sessionCacheSize()).toBe(0);
    expect(woken).toEqual(["room-1"]);

    unsubscribe();
    expect(clients[0]!.sent.at(-1)).toBe("UNLISTEN preploop_live");
    expect(channelListening("preploop_live")).toBe(false);
    expect(cache.sessionCacheListening()).toBe(true);
  });

  it("on a drop tells every subscriber, reconnects once and LISTENs each channel again", async () => {
    const events: string[] = [];
    const stop = listen("test_channel", { notify: (p) => events.push(`notify ${p}`), up: () => events.push("up"), down: () => events.push("down") });
    await vi.waitFor(() => expect(events).toEqual(["up"]));
    const first = clients.at(-1)!;
    first.emit("end");
    expect(events).toEqual(["up", "down"]);
    expect(first.ended).toBe(true);
    expect(channelListening("test_channel")).toBe(false);
    expect(cache.sessionCacheListening()).toBe(false);
    await vi.waitFor(() => expect(events).toEqual(["up", "down", "up"]), { timeout: 5_000 });
    const second = clients.at(-1)!;
    expect(second).not.toBe(first);
    expect(clients).toHaveLength(2);
    expect(second.sent.sort()).toEqual(["LISTEN preploop_session", "LISTEN test_channel"]);
    first.notify("test_channel", "stale"); // the old connection is not heard any more
    second.notify("test_channel", "fresh");
    expect(events.at(-1)).toBe("notify fresh");
    expect(events).not.toContain("notify stale");
    stop();
    expect(() => listen("bad; DROP TABLE x", { notify: () => {} })).toThrow(/invalid channel/);
  });
});
