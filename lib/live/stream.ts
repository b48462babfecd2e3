import "server-only";
// A live room's event stream (SSE). On connect: replay the events after the resume id from
// the table, then stream new ones as this instance's LISTEN connection wakes it. Each wake
// reads the rows after the last id sent (order and no duplicates come from the table). The
// mentor's access is checked again before every delivery and at every heartbeat: once the
// mentorship has ended the stream sends `closed` and ends. join/leave events mark presence.
import { sseHeaders } from "@/lib/server/sse";
import { log } from "@/lib/server/log";
import { subscribe } from "./bus";
import { appendEvent, eventsAfter, READ_PAGE } from "./events";
import { mentorStillIn } from "./live";
import { type LiveRole, nextBatch, sseComment, sseFrame } from "./replay";

/** A comment line this often keeps proxies from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

export type StreamRoom = { id: string; mentorshipId: string; role: LiveRole; viewerId: string };

const enc = new TextEncoder();

export function liveStream(room: StreamRoom, after: bigint, signal: AbortSignal): Response {
  let last = after;
  let closed = false;
  let pumping = false;
  let again = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;

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
    // Presence: a leave for every join (best effort: a crashed instance writes none).
    await appendEvent(room.id, { kind: "leave", actorId: room.viewerId, payload: { role: room.role } }).catch(() => {});
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
      heartbeat = setInterval(() => {
        send(sseComment("heartbeat"));
        void stillAllowed().then((ok) => (ok ? undefined : finish(true)));
      }, HEARTBEAT_MS);
      await appendEvent(room.id, { kind: "join", actorId: room.viewerId, payload: { role: room.role } }).catch(() => {});
      await pump();
    },
    cancel() {
      void finish(false);
    },
  });
  return new Response(body, { headers: sseHeaders });
}
