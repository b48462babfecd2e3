import "server-only";
// The one LISTEN connection of this app instance. Writers NOTIFY channel `preploop_live` with a
// room's id (nothing else: the payload limit is 8000 bytes and the table is the truth); this
// process wakes its own SSE connections of that room, which read the rows after the last id
// they sent. The connection is opened lazily on the first subscriber, reconnects with backoff
// when it drops, and on every (re)connect wakes every subscriber so what was committed while
// it was down is read from the table.
import pg from "pg";
import { databaseUrl } from "@/lib/server/env";
import { log } from "@/lib/server/log";

export const LIVE_CHANNEL = "preploop_live";

type Wake = () => void;

type Bus = {
  rooms: Map<string, Set<Wake>>;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  retryMs: number;
};

const g = globalThis as unknown as { preploopLiveBus?: Bus };
const bus: Bus = (g.preploopLiveBus ??= { rooms: new Map(), client: null, connecting: null, retryMs: 250 });

function wakeAll() {
  for (const subs of bus.rooms.values()) for (const w of subs) w();
}

function subscriberCount() {
  let n = 0;
  for (const s of bus.rooms.values()) n += s.size;
  return n;
}

async function connect(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: "preploop-live" });
  const dropped = () => {
    if (bus.client !== client) return;
    bus.client = null;
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    if (subscriberCount() > 0) scheduleReconnect();
  };
  client.on("error", (e) => {
    log("warn", "live_listen_error", { message: e.message.slice(0, 200) });
    dropped();
  });
  client.on("end", dropped);
  client.on("notification", (msg) => {
    if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
    const subs = bus.rooms.get(msg.payload);
    if (subs) for (const w of subs) w();
  });
  await client.connect();
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  bus.client = client;
  bus.retryMs = 250;
  wakeAll(); // catch up on anything committed while no connection listened
}

function scheduleReconnect() {
  const wait = bus.retryMs;
  bus.retryMs = Math.min(bus.retryMs * 2, 5_000);
  setTimeout(() => void ensureListening().catch(() => scheduleReconnect()), wait).unref?.();
}

/** Opens the LISTEN connection if it is not open (one attempt; callers may retry). */
export function ensureListening(): Promise<void> {
  if (bus.client) return Promise.resolve();
  bus.connecting ??= connect().finally(() => {
    bus.connecting = null;
  });
  return bus.connecting;
}

/** Wakes `wake` whenever room `liveMockId` may have new events; returns the unsubscribe. */
export function subscribe(liveMockId: string, wake: Wake): () => void {
  let subs = bus.rooms.get(liveMockId);
  if (!subs) bus.rooms.set(liveMockId, (subs = new Set()));
  subs.add(wake);
  void ensureListening().catch((e: unknown) => {
    log("warn", "live_listen_connect_failed", { message: e instanceof Error ? e.message.slice(0, 200) : String(e) });
    scheduleReconnect();
  });
  return () => {
    subs.delete(wake);
    if (subs.size === 0) bus.rooms.delete(liveMockId);
  };
}

/** Local SSE connections of this instance (benchmarks and the health of the bus). */
export const liveConnections = () => subscriberCount();
