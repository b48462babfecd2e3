// How an AI endpoint's failures reach the user: each becomes an HttpError with its own code
// and a plain message. Our API never answers 5xx because the model failed: a failed
// dependency is 424, the endpoint's own rate limit 429 (with its Retry-After when it sent one).
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { type CodeWithStatus, HttpError, httpError } from "@/lib/server/errors";

export const AI_ERROR_CODES = [
  "ai_not_configured",
  "ai_not_enabled",
  "ai_daily_limit",
  "ai_review_in_progress",
  "ai_mentor_forbidden",
  "ai_answer_not_submitted",
  "ai_answer_blank",
  "ai_answer_too_long",
  "ai_endpoint_unauthorized",
  "ai_endpoint_rate_limited",
  "ai_model_not_found",
  "ai_endpoint_rejected",
  "ai_endpoint_failed",
  "ai_endpoint_unreachable",
  "ai_timeout",
  "ai_malformed_reply",
  "ai_refused",
  "ai_cancelled",
] as const;
type AiErrorCode = (typeof AI_ERROR_CODES)[number];

const failed = (code: AiErrorCode & CodeWithStatus<424>, message: string) => new HttpError(424, code, message);

/**
 * Who failed, in the words and codes the user sees. The AI review and the transcription of
 * spoken answers (lib/speech/stt.ts) call OpenAI-compatible endpoints through the same client
 * and map their failures the same way; only these differ.
 */
export type EndpointLabels = {
  /** "The … took longer than" / "The … was cancelled". */
  task: string;
  /** "The … could not be reached". */
  endpoint: string;
  keyVar: string;
  modelVar: string;
  codes: {
    timeout: CodeWithStatus<424>;
    cancelled: CodeWithStatus<499>;
    unreachable: CodeWithStatus<424>;
    unauthorized: CodeWithStatus<424>;
    rateLimited: CodeWithStatus<429>;
    modelNotFound: CodeWithStatus<424>;
    failed: CodeWithStatus<424>;
    rejected: CodeWithStatus<424>;
  };
};

export const AI_REVIEW_LABELS: EndpointLabels = {
  task: "AI review",
  endpoint: "AI endpoint",
  keyVar: "PREPLOOP_AI_API_KEY",
  modelVar: "PREPLOOP_AI_MODEL",
  codes: {
    timeout: "ai_timeout",
    cancelled: "ai_cancelled",
    unreachable: "ai_endpoint_unreachable",
    unauthorized: "ai_endpoint_unauthorized",
    rateLimited: "ai_endpoint_rate_limited",
    modelNotFound: "ai_model_not_found",
    failed: "ai_endpoint_failed",
    rejected: "ai_endpoint_rejected",
  },
};

/** Turns whatever the client call threw into the HttpError the user sees. `timedOut`: our overall deadline fired. */
export function endpointError(e: unknown, ctx: { timedOut: boolean; timeoutMs: number }, labels: EndpointLabels = AI_REVIEW_LABELS): HttpError {
  if (e instanceof HttpError) return e;
  const { task, endpoint, codes } = labels;
  const down = (code: CodeWithStatus<424>, message: string) => httpError(code, message);
  if (ctx.timedOut || e instanceof APIConnectionTimeoutError) {
    return down(codes.timeout, `The ${task} took longer than ${Math.round(ctx.timeoutMs / 1000)} seconds and was stopped. Nothing was saved; try again later.`);
  }
  if (e instanceof APIUserAbortError) return httpError(codes.cancelled, `The ${task} was cancelled. Nothing was saved.`);
  if (e instanceof APIConnectionError) {
    return down(codes.unreachable, `The ${endpoint} could not be reached. Nothing was saved; try again later.`);
  }
  if (e instanceof APIError) {
    const s = e.status ?? 0;
    if (s === 401 || s === 403) {
      return down(codes.unauthorized, `The ${endpoint} refused this installation's credentials (${s}). Nothing was saved; an administrator needs to check ${labels.keyVar}.`);
    }
    if (s === 429) {
      const retry = e.headers?.get("retry-after");
      const seconds = retry && /^\d{1,6}$/.test(retry) ? retry : undefined;
      return httpError(
        codes.rateLimited,
        `The ${endpoint} is busy and asked us to slow down (429). Nothing was saved; try again${seconds ? ` in ${seconds} seconds` : " in a minute"}.`,
        undefined,
        seconds ? { "Retry-After": seconds } : undefined,
      );
    }
    if (s === 404) return down(codes.modelNotFound, `The ${endpoint} does not know the configured model (404). Nothing was saved; an administrator needs to check ${labels.modelVar}.`);
    if (s >= 500) return down(codes.failed, `The ${endpoint} failed (${s}). Nothing was saved; try again later.`);
    return down(codes.rejected, `The ${endpoint} rejected the request (${s}). Nothing was saved.`);
  }
  return down(codes.failed, `The ${endpoint}'s reply could not be read. Nothing was saved; try again later.`);
}

export const malformedReply = (problem: string) =>
  failed("ai_malformed_reply", `The AI model's reply did not follow the review format twice in a row (${problem.slice(0, 200)}). Nothing was saved; try again.`);

export const refusedReply = () => failed("ai_refused", "The AI model declined to review this answer. Nothing was saved.");

/** A 400 that says the server does not support JSON-schema structured output: retry without it. */
export function schemaUnsupported(e: unknown): boolean {
  return e instanceof APIError && (e.status === 400 || e.status === 422) && /response_format|json_schema|structured/i.test(e.message);
}
