import "server-only";
// The one LISTEN connection of this app instance, shared by everything that waits on a
// PostgreSQL NOTIFY (the session cache's `preploop_session`, the live-mock bus's
// `preploop_live`): one pg.Client outside the query pool, opened on the first subscriber,
// reconnected with backoff (250 ms doubling to 5 s) while any channel has a subscriber.
//  - `up()` is called once LISTEN on the channel took effect on a connection (the first one or a
//    reconnect): from then on every commit's NOTIFY is heard; anything before may have been missed.
//  - `down()` is called when the connection drops: nothing is heard until the next `up()`.
//  - `channelListening(channel)` tells whether the channel is heard now.
import pg from "pg";
import { databaseUrl } from "./env";
import { log } from "./log";

export type ChannelListener = {
  notify(payload: string): void;
  up?(): void;
  down?(): void;
};

type State = {
  channels: Map<string, Set<ChannelListener>>;
  client: pg.Client | null;
  /** Channels whose LISTEN took effect on `client`. */
  listening: Set<string>;
  /** Channels whose LISTEN was sent on `client` and is not answered yet. */
  pending: Set<string>;
  connecting: Promise<void> | null;
  retryMs: number;
  retryTimer: NodeJS.Timeout | null;
};

const g = globalThis as unknown as { preploopPgListen?: State };
const state: State = (g.preploopPgListen ??= {
  channels: new Map(),
  client: null,
  listening: new Set(),
  pending: new Set(),
  connecting: null,
  retryMs: 250,
  retryTimer: null,
});

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/** Calls `listener` for every NOTIFY on `channel` while subscribed; returns the unsubscribe. */
export function listen(channel: string, listener: ChannelListener): () => void {
  if (!CHANNEL_NAME.test(channel)) throw new Error(`invalid channel name: ${channel}`);
  let set = state.channels.get(channel);
  if (!set) state.channels.set(channel, (set = new Set()));
  set.add(listener);
  const client = state.client;
  if (client && state.listening.has(channel)) queueMicrotask(() => listener.up?.());
  else if (client) void listenOn(client, channel);
  else connectSoon();
  return () => {
    const subs = state.channels.get(channel);
    if (!subs?.delete(listener) || subs.size > 0) return;
    state.channels.delete(channel);
    state.listening.delete(channel);
    state.pending.delete(channel);
    state.client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
  };
}

/** Whether NOTIFYs on `channel` are heard now (its LISTEN took effect on the open connection). */
export function channelListening(channel: string): boolean {
  return state.client !== null && state.listening.has(channel);
}

function each(channel: string, call: (l: ChannelListener) => void) {
  for (const l of [...(state.channels.get(channel) ?? [])]) {
    try {
      call(l);
    } catch (e) {
      log("error", "pg_listen_subscriber_failed", { channel, message: message(e) });
    }
  }
}

async function listenOn(client: pg.Client, channel: string) {
  if (state.listening.has(channel) || state.pending.has(channel)) return;
  state.pending.add(channel);
  try {
    await client.query(`LISTEN ${channel}`);
  } catch (e) {
    log("warn", "pg_listen_failed", { channel, message: message(e) });
    dropped(client);
    return;
  }
  if (state.client !== client || !state.pending.delete(channel)) return; // dropped or unsubscribed meanwhile
  state.listening.add(channel);
  each(channel, (l) => l.up?.());
}

/** Ends `client`; when it was the open connection, tells every subscriber and reconnects. */
function dropped(client: pg.Client) {
  client.removeAllListeners();
  client.on("error", () => {});
  void client.end().catch(() => {});
  if (state.client !== client) return;
  state.client = null;
  const heard = [...state.listening];
  state.listening.clear();
  state.pending.clear();
  for (const channel of heard) each(channel, (l) => l.down?.());
  scheduleReconnect();
}

async function connect(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: "preploop-listen", keepAlive: true });
  client.on("error", (e) => {
    log("warn", "pg_listen_error", { message: message(e) });
    dropped(client);
  });
  client.on("end", () => dropped(client));
  client.on("notification", (msg) => {
    if (state.client === client && state.listening.has(msg.channel)) each(msg.channel, (l) => l.notify(msg.payload ?? ""));
  });
  try {
    await client.connect();
  } catch (e) {
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    throw e;
  }
  state.client = client;
  state.retryMs = 250;
  await Promise.all([...state.channels.keys()].map((channel) => listenOn(client, channel)));
}

function scheduleReconnect() {
  if (state.retryTimer || state.channels.size === 0) return;
  const wait = state.retryMs;
  state.retryMs = Math.min(state.retryMs * 2, 5_000);
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    connectSoon();
  }, wait);
  state.retryTimer.unref?.();
}

/** Opens the connection in the background unless it is open, opening or waiting to retry. */
function connectSoon() {
  if (state.client || state.connecting || state.retryTimer || state.channels.size === 0) return;
  state.connecting = connect()
    .catch((e: unknown) => {
      log("warn", "pg_listen_connect_failed", { message: message(e) });
      scheduleReconnect();
    })
    .finally(() => {
      state.connecting = null;
    });
}
