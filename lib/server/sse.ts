// Server-sent event responses: the headers every stream sends. "Content-Encoding: none": the
// server's gzip would otherwise hold the events back until the stream ends (the compression
// middleware leaves already-encoded responses alone). Used by the AI review stream and the
// live mock rooms.
export const sseHeaders: Record<string, string> = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store, no-transform",
  "Content-Encoding": "none",
  "X-Accel-Buffering": "no",
};

export function wantsEventStream(req: Request) {
  return /\btext\/event-stream\b/i.test(req.headers.get("accept") ?? "");
}
