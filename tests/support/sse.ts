// A server-sent events reader for integration tests and the benchmark: opens a stream with a
// client's session, parses frames as they arrive, and lets a test wait on a condition.
import { type Client } from "./client";

export type SseEvent = { id: string | null; event: string; data: Record<string, unknown>; receivedAt: number };

export class SseReader {
  readonly events: SseEvent[] = [];
  status = 0;
  ended = false;
  private ctrl = new AbortController();
  private listeners = new Set<() => void>();

  private constructor(readonly url: string) {}

  static async open(client: Client, path: string, lastEventId?: string) {
    const r = new SseReader(client.baseUrl + path);
    const headers: Record<string, string> = { accept: "text/event-stream", cookie: client.cookieHeader() };
    if (lastEventId) headers["last-event-id"] = lastEventId;
    const res = await fetch(r.url, { headers, signal: r.ctrl.signal });
    r.status = res.status;
    if (res.status !== 200 || !res.body) {
      r.ended = true;
      r.events.push({ id: null, event: "http-error", data: { status: res.status, body: await res.text() }, receivedAt: Date.now() });
      return r;
    }
    void r.read(res.body);
    return r;
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const dec = new TextDecoder();
    let buf = "";
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buf += dec.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buf.indexOf("\n\n")) >= 0) {
          const frame = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          let id: string | null = null;
          let event = "message";
          const data: string[] = [];
          for (const line of frame.split("\n")) {
            if (line.startsWith("id: ")) id = line.slice(4);
            else if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (data.length) this.events.push({ id, event, data: JSON.parse(data.join("\n")) as Record<string, unknown>, receivedAt: Date.now() });
          this.notify();
        }
      }
    } catch {
      // aborted
    }
    this.ended = true;
    this.notify();
  }

  private notify() {
    for (const l of this.listeners) l();
  }

  /** Resolves when `done(events)` holds; rejects after `timeoutMs` (a generous bound, not a budget). */
  waitFor<T>(done: (events: SseEvent[]) => T | undefined | false, timeoutMs = 30_000, what = "an event"): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = done(this.events);
        if (v) {
          cleanup();
          resolve(v);
        } else if (this.ended) {
          cleanup();
          reject(new Error(`stream ended before ${what}; got ${this.events.map((e) => e.event).join(",")}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; got ${this.events.map((e) => e.event).join(",")}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  waitForKind(kind: string, pred: (e: SseEvent) => boolean = () => true, timeoutMs?: number) {
    return this.waitFor((es) => es.find((e) => e.event === kind && pred(e)), timeoutMs, `"${kind}"`);
  }

  waitEnded(timeoutMs = 30_000) {
    return this.waitFor(() => this.ended || undefined, timeoutMs, "the end of the stream");
  }

  close() {
    this.ctrl.abort();
  }

  /** Ids of the events with one (numbered room events), in arrival order. */
  ids() {
    return this.events.flatMap((e) => (e.id ? [e.id] : []));
  }
}
