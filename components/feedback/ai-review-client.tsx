"use client";
import { AppLink } from "@/components/ui/app-link";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AiReviewView as StoredReview } from "@/lib/ai/review";
import { parsePartialJson } from "@/lib/ai/partial-json";
import { AiReviewView, type ShownReview } from "./ai-review-view";

type Settings = { configured: boolean; enabled: boolean; endpointHost: string | null; model: string | null; dailyLimit: number | null; usedToday: number };

/** Reads a Server-Sent Events body frame by frame. */
async function* sseEvents(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const raw = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(raw)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(raw)?.[1];
      if (data !== undefined) yield { event, data: JSON.parse(data) as Record<string, unknown> };
    }
  }
}

export function AiReviewClient({
  attemptId,
  settings,
  initial,
  keyPoints,
  canRequest,
}: {
  attemptId: string;
  settings: Settings;
  initial: StoredReview[];
  keyPoints: string[];
  canRequest: boolean;
}) {
  const [reviews, setReviews] = useState(initial);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const running = text !== null;

  async function request() {
    setError(null);
    setText("");
    const ctl = new AbortController();
    abort.current = ctl;
    try {
      const res = await fetch(`/api/practice/attempts/${attemptId}/ai-review`, {
        method: "POST",
        headers: { Accept: "text/event-stream" },
        credentials: "same-origin",
        signal: ctl.signal,
      });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? `The AI review could not start (${res.status}).`);
        return;
      }
      for await (const e of sseEvents(res.body)) {
        if (e.event === "delta") setText((t) => (t ?? "") + String(e.data.text ?? ""));
        else if (e.event === "retry") setText("");
        else if (e.event === "review") setReviews((r) => [e.data.review as StoredReview, ...r]);
        else if (e.event === "error") setError((e.data.error as { message?: string } | undefined)?.message ?? "The AI review failed. Nothing was saved.");
      }
    } catch {
      if (ctl.signal.aborted) setError("You cancelled the AI review. Nothing was saved.");
      else setError("The connection to PrepLoop broke off during the AI review. Nothing was saved.");
    } finally {
      abort.current = null;
      setText(null);
    }
  }

  const partial = running ? (parsePartialJson(text ?? "") as ShownReview | undefined) : undefined;

  return (
    <div className="space-y-4">
      {!settings.configured ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">AI reviews are off on this installation: no AI model is configured.</p>
      ) : !settings.enabled ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          AI reviews are off for you. Turn them on in your <AppLink href="/profile#ai-review-heading" className="text-indigo-700 underline dark:text-indigo-300">profile</AppLink>: the
          answers you ask to have reviewed are then sent to {settings.endpointHost}.
        </p>
      ) : canRequest ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={request} disabled={running}>
            {reviews.length ? "Ask for another AI review" : "Get an AI review"}
          </Button>
          {running && (
            <Button variant="secondary" onClick={() => abort.current?.abort()}>
              Cancel
            </Button>
          )}
          <span className="text-xs text-slate-600 dark:text-slate-400">
            Sends this answer to {settings.endpointHost} ({settings.model}). {settings.usedToday} of {settings.dailyLimit} reviews used in the last 24 hours.
          </span>
        </div>
      ) : null}
      {running && (
        <div aria-live="polite" aria-busy="true" className="rounded-md border border-dashed border-slate-300 p-4 dark:border-slate-700" data-testid="ai-review-streaming">
          <p className="mb-2 text-sm font-medium" role="status">
            Generating the AI review…
          </p>
          {partial && <AiReviewView review={partial} keyPointTexts={keyPoints} heading="AI review (arriving)" />}
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {reviews.map((r, i) => (
        <div key={r.id} className="rounded-md border border-slate-200 p-4 dark:border-slate-800" data-testid="ai-review">
          <AiReviewView review={r} keyPointTexts={keyPoints} heading={i === 0 ? "AI review" : "Earlier AI review"} />
        </div>
      ))}
    </div>
  );
}
