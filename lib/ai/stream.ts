import "server-only";
// The AI review as a response: Server-Sent Events while it is generated (Accept:
// text/event-stream), or one JSON answer at the end. Events: `start` {model, promptVersion},
// `delta` {text}, `retry` {reason} (the text so far is discarded), then `review` {review}
// (stored) or `error` {error: {code, message, status}} (nothing stored). The browser going
// away (request aborted or the stream cancelled) aborts the upstream request.
import { NextResponse } from "next/server";
import { HttpError } from "@/lib/server/errors";
import { sseHeaders, wantsEventStream } from "@/lib/server/sse";
import { PROMPT_VERSION } from "./prompt";
import { type ReviewJob, runReview } from "./review";

const enc = new TextEncoder();
const frame = (event: string, data: unknown) => enc.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

export const wantsStream = wantsEventStream;

export function streamReview(job: ReviewJob, reqSignal: AbortSignal): Response {
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  reqSignal.addEventListener("abort", onAbort, { once: true });
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        if (!abort.signal.aborted) controller.enqueue(frame(event, data));
      };
      send("start", { model: job.cfg.model, promptVersion: PROMPT_VERSION });
      try {
        const review = await runReview(job, abort.signal, {
          onDelta: (text) => send("delta", { text }),
          onRetry: (reason) => send("retry", { reason }),
        });
        send("review", { review });
      } catch (e) {
        const err = e instanceof HttpError ? e : new HttpError(424, "ai_endpoint_failed", "The AI review failed. Nothing was saved.");
        send("error", { error: { code: err.code, message: err.message, status: err.status } });
      } finally {
        reqSignal.removeEventListener("abort", onAbort);
        if (!abort.signal.aborted) controller.close();
      }
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, { headers: sseHeaders });
}

/** Without streaming: 201 with the stored review, or the error in the API's one shape. */
export async function reviewAsJson(job: ReviewJob, reqSignal: AbortSignal): Promise<Response> {
  const review = await runReview(job, reqSignal, { onDelta: () => {}, onRetry: () => {} });
  return NextResponse.json({ review }, { status: 201 });
}
