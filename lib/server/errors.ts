/**
 * Every error code the API answers, with its HTTP status: the one closed list (the OpenAPI
 * document lists it as the enum of `error.code`). Clients branch on the code, never on the
 * message text. A new code is added here first; `new HttpError(status, code, …)` only
 * type-checks when the status is the one this map gives the code.
 */
export const ERROR_STATUS = {
  // 400: the request itself is wrong
  invalid_input: 400,
  invalid_json: 400,
  invalid_encoding: 400,
  invalid_token: 400,
  no_password: 400,
  own_invitation: 400,
  // 401, 403: who is asking
  unauthenticated: 401,
  cross_site: 403,
  demo_account: 403,
  // 404, 405
  not_found: 404,
  unknown_provider: 404,
  provider_not_configured: 404,
  invitation_not_found: 404,
  method_not_allowed: 405,
  // 409: the request conflicts with the current state
  conflict: 409,
  stale_version: 409,
  email_taken: 409,
  plan_exists: 409,
  too_many_offers: 409,
  too_many_invitations: 409,
  invitation_used: 409,
  already_mentoring: 409,
  already_requested: 409,
  last_sign_in_method: 409,
  attempt_in_progress: 409,
  attempt_submitted: 409,
  attempt_not_submitted: 409,
  answer_blank: 409,
  mock_attempt: 409,
  mock_finished: 409,
  mock_not_finished: 409,
  block_closed: 409,
  // Spoken answers (lib/speech/recordings.ts): chunk order and recording state
  recording_gap: 409,
  recording_chunk_mismatch: 409,
  recording_complete: 409,
  recording_empty: 409,
  recording_not_complete: 409,
  // 410: gone for good
  invitation_accepted: 410,
  invitation_revoked: 410,
  invitation_expired: 410,
  // 413, 415
  payload_too_large: 413,
  unsupported_media_type: 415,
  // 416: a Range outside the recording
  range_not_satisfiable: 416,
  // 422: well-formed, but cannot be done
  move_outside_block: 422,
  unknown_template: 422,
  time_scale_not_allowed: 422,
  not_enough_questions: 422,
  ai_answer_too_long: 422,
  // AI reviews (lib/ai/errors.ts): off, not allowed, or not possible for this answer
  ai_not_configured: 404,
  ai_not_enabled: 403,
  ai_mentor_forbidden: 403,
  ai_answer_not_submitted: 409,
  ai_answer_blank: 409,
  ai_review_in_progress: 409,
  // 424: the configured AI endpoint failed (never a 5xx from our API)
  ai_endpoint_unauthorized: 424,
  ai_model_not_found: 424,
  ai_endpoint_rejected: 424,
  ai_endpoint_failed: 424,
  ai_endpoint_unreachable: 424,
  ai_timeout: 424,
  ai_malformed_reply: 424,
  ai_refused: 424,
  // 499: the client went away (cancelled an AI review); nobody reads this answer
  ai_cancelled: 499,
  // Transcripts of spoken answers (lib/speech/stt.ts): off, or the speech-to-text endpoint failed (424)
  stt_not_configured: 404,
  stt_endpoint_unauthorized: 424,
  stt_model_not_found: 424,
  stt_endpoint_rejected: 424,
  stt_endpoint_failed: 424,
  stt_endpoint_unreachable: 424,
  stt_timeout: 424,
  stt_cancelled: 499,
  stt_endpoint_rate_limited: 429,
  // 429, 500
  too_many_attempts: 429,
  ai_daily_limit: 429,
  ai_endpoint_rate_limited: 429,
  internal_error: 500,
  // 503: every database connection of this instance stayed busy for the pool's wait (see Retry-After)
  service_busy: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
export type ErrorStatus<C extends ErrorCode = ErrorCode> = (typeof ERROR_STATUS)[C];
/** The codes answered with one status, e.g. `CodeWithStatus<409>`. */
export type CodeWithStatus<S extends number> = {
  [C in ErrorCode]: ErrorStatus<C> extends S ? C : never;
}[ErrorCode];

export const isErrorCode = (s: unknown): s is ErrorCode =>
  typeof s === "string" && Object.hasOwn(ERROR_STATUS, s);

/** A failure that maps to an HTTP status and the API's one error shape. */
export class HttpError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly status: ErrorStatus<C>,
    readonly code: C,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** An HttpError whose status is the code's own (from ERROR_STATUS). */
export const httpError = <C extends ErrorCode>(
  code: C,
  message: string,
  fields?: Record<string, string>,
  headers?: Record<string, string>,
) => new HttpError<C>(ERROR_STATUS[code], code, message, fields, headers);

export const notFound = (what = "Not found") => new HttpError(404, "not_found", what);
export const conflict = (message: string, code: CodeWithStatus<409> = "conflict") => httpError(code, message);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, "invalid_input", message, fields);
