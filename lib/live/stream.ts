import "server-only";
// A live room's event stream (SSE). On connect: replay the events after the resume id from
// the table, then stream new ones as this instance's LISTEN connection wakes it. Each wake
// reads the rows after the last id sent (order and no duplicates come from the table). The
// mentor's access is checked again before every delivery and at every heartbeat: once the
// mentorship has ended the stream sends `closed` and ends. Presence: the stream's LivePresence
// row, refreshed at every heartbeat and swept by any instance once it lapses (lib/live/presence.ts).
import { sseHeaders } from "@/lib/server/sse";
import { log } from "@/lib/server/log";
import { subscribe } from "./bus";
import { eventsAfter, READ_PAGE } from "./events";
import { candidateReturned, mentorStillIn } from "./live";
import { enter, heartbeatMs, leave, type Presence, refresh, sweep } from "./presence";
import { type LiveRole, nextBatch, sseComment, sseFrame } from "./replay";

/** `page`: the candidate's page token (lib/client/page-instance.ts), when the browser sent it. */
type StreamRoom = { id: string; mentorshipId: string; role: LiveRole; viewerId: string; page?: string };

const enc = new TextEncoder();

export function liveStream(room: StreamRoom, after: bigint, signal: AbortSignal): Response {
  let last = after;
  let closed = false;
  let pumping = false;
  let again = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;
  let presence: Promise<Presence | null> = Promise.resolve(null);
  let beat: Promise<unknown> = Promise.resolve();

  const send = (text: string) => {
    if (closed || !controllerRef) return;
    try {
      controllerRef.enqueue(enc.encode(text));
    } catch {
      void finish(false);
    }
  };

  const finish = async (sayClosed: boolean, reason = "access-ended") => {
    if (closed) return;
    if (sayClosed) send(sseFrame({ kind: "closed", data: { reason } }));
    closed = true;
    unsubscribe();
    if (heartbeat) clearInterval(heartbeat);
    try {
      controllerRef?.close();
    } catch {
      /* already closed by the client */
    }
    // Presence: the row goes with a leave (a crashed instance writes none: its row lapses).
    const p = await presence;
    await beat; // a refresh in flight would otherwise bring the row back after the leave
    if (p) await leave(p).catch(() => {});
  };

  const stillAllowed = async () => room.role === "candidate" || (await mentorStillIn(room.mentorshipId, room.viewerId));

  const pump = async () => {
    if (closed) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        if (!(await stillAllowed())) return void (await finish(true));
        const rows = await eventsAfter(room.id, last);
        const { events, last: next } = nextBatch(rows, last, room.role);
        last = next;
        for (const e of events) send(sseFrame({ id: e.id, kind: e.kind, data: { id: e.id, kind: e.kind, at: e.at, ...(e.payload as object) } }));
        if (rows.length === READ_PAGE) again = true;
      } while (again && !closed);
    } catch (e) {
      log("warn", "live_stream_read_failed", { message: e instanceof Error ? e.message.slice(0, 200) : String(e) });
    } finally {
      pumping = false;
    }
  };

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controllerRef = controller;
      signal.addEventListener("abort", () => void finish(false), { once: true });
      send("retry: 1000\n\n");
      unsubscribe = subscribe(room.id, () => void pump());
      // A comment line keeps proxies from closing an idle stream; each heartbeat also refreshes
      // this stream's presence and sweeps the room's lapsed ones (a crashed instance's).
      heartbeat = setInterval(() => {
        send(sseComment("heartbeat"));
        void stillAllowed().then((ok) => (ok ? undefined : finish(true)));
        beat = presence
          .then((p) => (p && !closed ? refresh(p).then(() => sweep(room.id)) : undefined))
          .catch((e: unknown) => log("warn", "live_presence_failed", { message: e instanceof Error ? e.message.slice(0, 200) : String(e) }));
      }, heartbeatMs());
      presence = enter(room.id, room.viewerId, room.role).catch(() => null);
      await presence;
      // The candidate opened the room again after leaving the page: the interviewer hears at once.
      if (room.role === "candidate") await candidateReturned(room.id, room.viewerId, room.page).catch(() => {});
      await pump();
    },
    cancel() {
      void finish(false);
    },
  });
  return new Response(body, { headers: sseHeaders });
}
