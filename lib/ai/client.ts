import "server-only";
// One AI review from an OpenAI-compatible endpoint, streamed. First with the JSON-schema
// response format; a server that refuses that format (400) is asked again without it (the
// prompt asks for the same JSON). A reply that does not parse or validate is asked for once
// more; a second bad reply is an error. Our deadline covers both tries; the caller's signal
// (the browser went away) stops the upstream request at once.
import OpenAI from "openai";
import { type AiConfig } from "./config";
import { endpointError, malformedReply, refusedReply, schemaUnsupported } from "./errors";
import { type ChatMessage } from "./prompt";
import { RESPONSE_JSON_SCHEMA, type ReviewResult, parseReply } from "./result";

type Usage = { promptTokens: number | null; completionTokens: number | null };

export type StreamEvents = {
  /** A piece of the reply's text as it arrives. */
  onDelta: (text: string) => void;
  /** The reply so far is discarded; another try starts (why: "format" or "malformed"). */
  onRetry: (reason: "format" | "malformed") => void;
};

type Mode = "schema" | "plain";

async function once(client: OpenAI, cfg: AiConfig, messages: ChatMessage[], mode: Mode, signal: AbortSignal, events: StreamEvents) {
  const stream = await client.chat.completions.create(
    {
      model: cfg.model,
      messages,
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0,
      ...(mode === "schema"
        ? { response_format: { type: "json_schema" as const, json_schema: { name: "ai_review", strict: true, schema: RESPONSE_JSON_SCHEMA } } }
        : {}),
    },
    { signal },
  );
  let text = "";
  let refusal = "";
  let finish: string | null = null;
  let usage: Usage = { promptTokens: null, completionTokens: null };
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    const delta = choice?.delta?.content;
    if (delta) {
      text += delta;
      events.onDelta(delta);
    }
    if (choice?.delta?.refusal) refusal += choice.delta.refusal;
    if (choice?.finish_reason) finish = choice.finish_reason;
    if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens ?? null, completionTokens: chunk.usage.completion_tokens ?? null };
  }
  return { text, refused: refusal.length > 0 || finish === "content_filter", usage };
}

const add = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));

export async function generateReview(
  cfg: AiConfig,
  messages: ChatMessage[],
  check: { keyPointCount: number; answer: string },
  signal: AbortSignal,
  events: StreamEvents,
): Promise<{ review: ReviewResult; usage: Usage }> {
  const deadline = AbortSignal.timeout(cfg.timeoutMs);
  const both = AbortSignal.any([signal, deadline]);
  const client = new OpenAI({ baseURL: cfg.baseURL, apiKey: cfg.apiKey, maxRetries: 0, timeout: cfg.timeoutMs });
  let mode: Mode = "schema";
  let usage: Usage = { promptTokens: null, completionTokens: null };
  let tries = 0;
  try {
    for (;;) {
      let reply;
      try {
        reply = await once(client, cfg, messages, mode, both, events);
      } catch (e) {
        if (mode === "schema" && schemaUnsupported(e)) {
          mode = "plain";
          events.onRetry("format");
          continue;
        }
        throw e;
      }
      tries++;
      usage = { promptTokens: add(usage.promptTokens, reply.usage.promptTokens), completionTokens: add(usage.completionTokens, reply.usage.completionTokens) };
      if (reply.refused) throw refusedReply();
      const parsed = parseReply(reply.text, check.keyPointCount, check.answer);
      if (parsed.ok) return { review: parsed.review, usage };
      if (tries >= 2) throw malformedReply(parsed.problem);
      events.onRetry("malformed");
    }
  } catch (e) {
    throw endpointError(e, { timedOut: deadline.aborted && !signal.aborted, timeoutMs: cfg.timeoutMs });
  }
}
