import "server-only";
import { type NextRequest, NextResponse } from "next/server";
import { type z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentSession, type SessionUser } from "./auth";
import { trustsProxy } from "./env";
import { readBodyBytes } from "./body";
import { isPoolTimeout } from "./db";
import { type ErrorCode, HttpError, httpError } from "./errors";
import { checkStrings } from "./input-text";
import { log } from "./log";
import { FIX_FIELDS_MESSAGE, FIX_LINK_MESSAGE } from "@/lib/messages";

type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } };

const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const DEFAULT_MAX_BODY = 64 * 1024;

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

type Options<B, Q, P, A extends boolean> = {
  /** Signed-in user required (default true). */
  auth?: A;
  body?: B;
  query?: Q;
  params?: P;
  /** Largest accepted body in bytes (413 beyond). */
  maxBodyBytes?: number;
} & OperationDoc;

/**
 * What the OpenAPI document says about an operation (lib/api/openapi.ts builds it from these
 * and the params/query/body schemas; tests/integration/openapi.test.ts requires them on every
 * operation). The errors every operation of its kind can answer (401, 400 invalid_input, 403
 * cross_site, 404 not_found with params, 413/415 with a body, 500) are added by the builder:
 * list only the rest.
 */
type OperationDoc = {
  /** Unique, camelCase: `listOffers`, `updateOffer`. */
  operationId?: string;
  /** One short sentence for the reference page. */
  summary?: string;
  /** The success body (zod; `okResponse` for `{ ok: true }`). Omit only with `responseType` text. */
  response?: Schema;
  /** The success status when it is not 200 (201 for creations answered with `created()`), or
   * every status answered with the `response` body (e.g. `[201, 200]`). */
  status?: number | readonly number[];
  /** A success body that is not JSON (e.g. `text/csv`). */
  responseType?: string;
  /** A request body that is not JSON, read by the handler itself (e.g. `audio/webm` bytes). */
  requestType?: string;
  /** The operation can also answer 200 as server-sent events (`Accept: text/event-stream`): says how. */
  eventStream?: string;
  /** Error codes this operation can answer beyond the common ones. */
  errors?: readonly ErrorCode[];
};

/** Where route() keeps an operation's options on the handler it returns (read by lib/api/openapi.ts). */
const OPERATION = Symbol.for("preploop.operation");
export type OperationOptions = Options<Schema | undefined, Schema | undefined, Schema | undefined, boolean>;
export const operationOf = (handler: unknown): OperationOptions | undefined =>
  typeof handler === "function"
    ? (handler as unknown as Record<symbol, OperationOptions | undefined>)[OPERATION]
    : undefined;

/** Documents a handler that does not go through route() (e.g. the health check). */
export function documented<H extends (...args: never[]) => unknown>(handler: H, opts: OperationOptions): H {
  return Object.assign(handler, { [OPERATION]: opts });
}

type Ctx<B, Q, P, A extends boolean> = {
  req: NextRequest;
  user: A extends false ? SessionUser | null : SessionUser;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
};

/** 503 when every database connection stayed busy for the pool's wait: the client retries, nothing queues for ever. */
function busyResponse() {
  return errorResponse(
    httpError("service_busy", "PrepLoop is busy right now. Try again in a moment.", undefined, { "Retry-After": "1" }),
  );
}

export function errorResponse(err: HttpError) {
  const body: ErrorBody = { error: { code: err.code, message: err.message } };
  if (err.fields) body.error.fields = err.fields;
  return NextResponse.json(body, { status: err.status, headers: err.headers });
}

/** Turns zod issues into `{ "path.to.field": "message" }` (first message per field). */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

function parseWith<S extends Schema | undefined>(schema: S, input: unknown, what: string): Out<S> {
  if (!schema) return undefined as Out<S>;
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new HttpError(
      400,
      "invalid_input",
      what === "request body" ? FIX_FIELDS_MESSAGE : FIX_LINK_MESSAGE,
      fieldErrors(result.error),
    );
  }
  return result.data as Out<S>;
}

/**
 * Rejects cross-site mutations (CSRF): Sec-Fetch-Site, else Origin must match the host.
 * The host is the request's own `Host`; `X-Forwarded-Host` (right-most entry, the one the
 * nearest proxy wrote) counts only with PREPLOOP_TRUST_PROXY, since any client can send it.
 */
function checkOrigin(req: NextRequest) {
  const site = req.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw new HttpError(403, "cross_site", "Cross-site requests are not allowed.");
  }
  const origin = req.headers.get("origin");
  if (!origin) return; // not a browser: CSRF does not apply
  const forwarded = trustsProxy()
    ? req.headers.get("x-forwarded-host")?.split(",").at(-1)?.trim()
    : undefined;
  const host = forwarded || req.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new HttpError(403, "cross_site", "The Origin header is not valid.");
  }
  if (!host || originHost !== host.toLowerCase()) {
    throw new HttpError(403, "cross_site", "Cross-site requests are not allowed.");
  }
}

async function readJson(req: NextRequest, maxBytes: number): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(
      415,
      "unsupported_media_type",
      "Send the body as JSON with Content-Type: application/json.",
    );
  }
  const text = decodeUtf8(await readBodyBytes(req, maxBytes));
  if (!text.trim())
    throw new HttpError(400, "invalid_json", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON.");
  }
}

/** Strict UTF-8: a body with broken byte sequences is refused, never patched with U+FFFD. */
function decodeUtf8(bytes: Uint8Array) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, "invalid_encoding", "The request body is not valid UTF-8.");
  }
}

function queryObject(req: NextRequest) {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of req.nextUrl.searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export function toErrorResponse(err: unknown, req: NextRequest) {
  if (err instanceof HttpError) return errorResponse(err);
  if (isPoolTimeout(err)) return busyResponse();
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === "P2002") return errorResponse(new HttpError(409, "conflict", "That already exists."));
    if (err.code === "P2025") return errorResponse(new HttpError(404, "not_found", "Not found."));
  }
  const errorId = crypto.randomUUID();
  log("error", "unhandled_error", {
    errorId,
    method: req.method,
    path: req.nextUrl.pathname,
    name: err instanceof Error ? err.name : typeof err,
    message: err instanceof Error ? err.message.slice(0, 500) : undefined,
  });
  return NextResponse.json(
    { error: { code: "internal_error", message: `Something went wrong on our side (error id ${errorId}).` } },
    { status: 500 },
  );
}

/**
 * The one wrapper for every API route handler: session, Origin check on mutations,
 * JSON body with a size limit, zod-parsed body/query/params, one error shape.
 * The handler returns data (sent as 200 JSON) or a Response.
 */
export function route<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  A extends boolean = true,
>(opts: Options<B, Q, P, A>, handler: (ctx: Ctx<B, Q, P, A>) => Promise<unknown>) {
  const wrapped = async (
    req: NextRequest,
    context: { params: Promise<Record<string, string | string[]>> },
  ) => {
    const started = performance.now();
    const state: RequestState = { user: null, cached: false };
    return withServerTiming(started, withCaching(await handle(req, context, state), state.user), state);
  };
  return documented(wrapped, opts as OperationOptions);

  async function handle(
    req: NextRequest,
    context: { params: Promise<Record<string, string | string[]>> },
    state: RequestState,
  ) {
    try {
      const isMutation = MUTATIONS.has(req.method);
      if (isMutation) checkOrigin(req);
      const { user, cached } = await currentSession();
      state.user = user;
      state.cached = cached;
      if (opts.auth !== false && !user) {
        throw new HttpError(401, "unauthenticated", "Sign in to continue.");
      }
      const params = parseWith(
        opts.params,
        storable((await context?.params) ?? {}, "address"),
        "address",
      ) as Out<P>;
      const query = parseWith(opts.query, storable(queryObject(req), "query"), "query") as Out<Q>;
      const body =
        opts.body && isMutation
          ? parseWith(
              opts.body,
              storable(await readJson(req, opts.maxBodyBytes ?? DEFAULT_MAX_BODY), "request body"),
              "request body",
            )
          : (undefined as Out<B>);
      const result = await handler({ req, user: user as Ctx<B, Q, P, A>["user"], body, query, params });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (err) {
      return toErrorResponse(err, req);
    }
  }
}

/**
 * Refuses input with text PostgreSQL cannot store or that is not text (NUL, unpaired
 * surrogates) in any string or key, before zod sees it: 400 naming the fields.
 */
function storable<T>(input: T, what: string): T {
  const fields = checkStrings(input);
  if (fields) {
    throw new HttpError(
      400,
      "invalid_input",
      what === "request body" ? FIX_FIELDS_MESSAGE : FIX_LINK_MESSAGE,
      fields,
    );
  }
  return input;
}

/**
 * Caching: an API answer is private (`no-store`, also for errors) unless its handler set
 * its own Cache-Control and nobody is signed in, so a shared or browser cache never keeps
 * a signed-in person's data.
 */
function withCaching(res: Response, user: SessionUser | null) {
  if (user || !res.headers.has("cache-control")) res.headers.set("Cache-Control", "no-store");
  return res;
}

type RequestState = { user: SessionUser | null; cached: boolean };

/**
 * Adds `Server-Timing: app;dur=<ms>` so benchmarks can separate server time from the network,
 * and for a signed-in request `session;desc=cache|db`: where its session check was answered.
 */
function withServerTiming(started: number, res: Response, state: RequestState) {
  const session = state.user ? `, session;desc=${state.cached ? "cache" : "db"}` : "";
  res.headers.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}${session}`);
  return res;
}

export const created = (data: unknown) => NextResponse.json(data, { status: 201 });
