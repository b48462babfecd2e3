// The pure rules of a live room's event stream: which event id to resume after, how one event
// is framed as a server-sent event, and which stored events a viewer receives. Order and
// no-duplicates come from the table (ids ascending, strictly after the last one sent), never
// from the notifications, which only say "something new in room X".

export type LiveRole = "candidate" | "mentor";
export type Audience = "all" | "mentor";

type StoredEvent = { id: bigint | number | string; kind: string; audience: string; payload: unknown; createdAt: Date | string };
type WireEvent = { id: string; kind: string; payload: unknown; at: string };

const ID = /^[0-9]{1,18}$/;

/**
 * The id to resume after: the Last-Event-ID header (set by the browser's EventSource on a
 * reconnect) wins over the ?lastEventId query (a page that opens the stream after loading
 * the state); anything that is not a whole number counts as "from the start" (0).
 */
export function resumeAfter(header: string | null | undefined, query: string | null | undefined): bigint {
  for (const v of [header, query]) {
    const t = v?.trim();
    if (t && ID.test(t)) return BigInt(t);
  }
  return 0n;
}

/** A stored payload as sent: the candidate's page token (stored to tell a stale page apart) is left out. */
export function wirePayload(payload: unknown): unknown {
  if (!payload || typeof payload !== "object" || Array.isArray(payload) || !("page" in payload)) return payload;
  const { page: _page, ...rest } = payload as Record<string, unknown>;
  return rest;
}

export const visibleTo = (role: LiveRole, audience: string) => audience === "all" || (audience === "mentor" && role === "mentor");

/**
 * The events of `rows` this viewer receives, after `after`, in id order, without repeats;
 * returns them and the new "last sent" id (unchanged when there is nothing).
 */
export function nextBatch(rows: readonly StoredEvent[], after: bigint, role: LiveRole): { events: WireEvent[]; last: bigint } {
  const seen = new Set<bigint>();
  const fresh = rows
    .map((r) => ({ r, id: BigInt(r.id) }))
    .filter(({ id }) => id > after)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter(({ id }) => (seen.has(id) ? false : (seen.add(id), true)));
  // The last id advances past events this viewer may not see too, so they are not re-read.
  const last = fresh.length ? fresh[fresh.length - 1]!.id : after;
  const events = fresh
    .filter(({ r }) => visibleTo(role, r.audience))
    .map(({ r, id }) => ({ id: id.toString(), kind: r.kind, payload: wirePayload(r.payload), at: new Date(r.createdAt).toISOString() }));
  return { events, last };
}

/** One SSE frame: `id`, `event` and one `data` line of JSON (JSON never holds a raw newline). */
export function sseFrame(e: { id?: string; kind: string; data: unknown }): string {
  return `${e.id ? `id: ${e.id}\n` : ""}event: ${e.kind}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/** A comment line: keeps proxies and the browser from timing the connection out. */
export const sseComment = (text: string) => `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;

/** How long one heartbeat keeps a connection "here": two heartbeats (one may be late). */
export const presenceTtlMs = (heartbeatMs: number) => 2 * heartbeatMs;

/**
 * Who is in the room at `now`, from the open streams' presence rows: a role is here while one of
 * its rows has not expired (a crashed instance stops refreshing its rows, so they lapse).
 */
export function presenceAt(rows: readonly { role: string; expiresAt: Date }[], now: Date): Record<LiveRole, boolean> {
  const here: Record<LiveRole, boolean> = { candidate: false, mentor: false };
  for (const r of rows) if ((r.role === "candidate" || r.role === "mentor") && r.expiresAt.getTime() > now.getTime()) here[r.role] = true;
  return here;
}
