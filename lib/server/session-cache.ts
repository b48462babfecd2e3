import "server-only";
// The per-instance cache of session checks (session id → its user's fields and last-seen), so a
// signed-in request does not query its session row each time. Kept exact across instances by
// PostgreSQL: triggers on "Session" and "User" (migration 20261206140000_session_notify) NOTIFY
// channel `preploop_session` with the user's id in the writing transaction, whatever wrote;
// this instance LISTENs (on the instance's one LISTEN connection, lib/server/pg-listen.ts, shared
// with the live-mock bus) and drops that user's entries.
//  - The cache is used only while LISTEN is heard; a drop or a reconnect clears it,
//    so nothing committed while nobody listened is served from memory.
//  - A load that read the database before an invalidation arrived never stores its answer
//    (a generation number, bumped on every invalidation, is compared before storing).
//  - Each entry also expires after a short TTL (PREPLOOP_SESSION_CACHE_MS, default 30 s; 0 turns
//    the cache off), the backstop for a connection that died without telling us.
import { sessionCacheMs } from "./env";
import { channelListening, listen } from "./pg-listen";

export const SESSION_CHANNEL = "preploop_session";
const MAX_ENTRIES = 20_000;

export type CachedSession = {
  userId: string;
  email: string;
  displayName: string;
  isDemo: boolean;
  lastSeenAt: Date;
};

type Entry = { value: CachedSession; expires: number };

type State = {
  entries: Map<string, Entry>;
  byUser: Map<string, Set<string>>;
  generation: number;
  /** Whether this instance subscribed to SESSION_CHANNEL (on the first use). */
  subscribed: boolean;
};

const g = globalThis as unknown as { preploopSessionCache?: State };
const state: State = (g.preploopSessionCache ??= {
  entries: new Map(),
  byUser: new Map(),
  generation: 0,
  subscribed: false,
});

/** Drops every entry (and any load in flight) — on connect, disconnect and TRUNCATE. */
function clearAll() {
  state.entries.clear();
  state.byUser.clear();
  state.generation++;
}

/** Drops the entries of one user (a NOTIFY from any instance, or a local write). */
export function forgetUser(userId: string) {
  state.generation++;
  const sids = state.byUser.get(userId);
  if (!sids) return;
  for (const sid of sids) state.entries.delete(sid);
  state.byUser.delete(userId);
}

/** Drops one session's entry (this instance ended it; the NOTIFY tells the others). */
export function forgetSession(sid: string) {
  state.generation++;
  const entry = state.entries.get(sid);
  if (entry) remove(sid, entry);
}

function remove(sid: string, entry: Entry) {
  state.entries.delete(sid);
  const sids = state.byUser.get(entry.value.userId);
  sids?.delete(sid);
  if (sids?.size === 0) state.byUser.delete(entry.value.userId);
}

/** Whether the cache is on (by configuration) and exact now (its LISTEN connection is up). */
function usable() {
  if (sessionCacheMs() === 0) return false;
  if (!state.subscribed) {
    state.subscribed = true;
    listen(SESSION_CHANNEL, {
      notify: (payload) => {
        if (payload === "*") clearAll();
        else if (payload) forgetUser(payload);
      },
      up: clearAll, // nothing read before LISTEN took effect may be stored
      down: clearAll, // nothing committed while nobody listens may be served
    });
  }
  return channelListening(SESSION_CHANNEL);
}

/** The cached check of session `sid` held by `userId`, or null (then ask the database). */
export function cachedSession(sid: string, userId: string, now = Date.now()): CachedSession | null {
  if (!usable()) return null;
  const entry = state.entries.get(sid);
  if (!entry) return null;
  if (entry.expires <= now || entry.value.userId !== userId) {
    remove(sid, entry);
    return null;
  }
  return entry.value;
}

/** Call before reading the database; pass the result to storeSession. */
export function loadTicket(): number {
  return state.generation;
}

/** Stores a check read from the database, unless an invalidation arrived since `ticket`. */
export function storeSession(sid: string, value: CachedSession, ticket: number, now = Date.now()) {
  if (ticket !== state.generation || !usable()) return;
  if (state.entries.size >= MAX_ENTRIES) {
    const oldest = state.entries.entries().next().value;
    if (oldest) remove(oldest[0], oldest[1]);
  }
  const previous = state.entries.get(sid);
  if (previous) remove(sid, previous);
  state.entries.set(sid, { value, expires: now + sessionCacheMs() });
  let sids = state.byUser.get(value.userId);
  if (!sids) state.byUser.set(value.userId, (sids = new Set()));
  sids.add(sid);
}

/** After this instance refreshed last-seen: the entry carries the new time (the NOTIFY follows). */
export function touchedSession(sid: string, at: Date) {
  const entry = state.entries.get(sid);
  if (entry) entry.value = { ...entry.value, lastSeenAt: at };
}

/** Entries held now (benchmarks and tests). */
export const sessionCacheSize = () => state.entries.size;

/** Whether the LISTEN connection is up (benchmarks and tests). */
export const sessionCacheListening = () => channelListening(SESSION_CHANNEL);
