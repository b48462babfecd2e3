import { z } from "zod";

const optionalPair = (a: string, b: string) => (env: Record<string, string | undefined>) =>
  Boolean(env[a]) === Boolean(env[b]);

const schema = z
  .object({
    DATABASE_URL: z
      .string({ error: "is required (npm start sets it to the embedded PostgreSQL when it is not given)" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
    NEXTAUTH_SECRET: z
      .string({ error: "is required: a random string of at least 32 characters (npm start creates one)" })
      .min(32, "must be at least 32 characters"),
    NEXTAUTH_URL: z.url("must be an absolute URL such as https://preploop.example.com").optional(),
    GITHUB_ID: z.string().min(1).optional(),
    GITHUB_SECRET: z.string().min(1).optional(),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    /** Outgoing mail (password reset links): smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. */
    SMTP_URL: z
      .string()
      .refine(validSmtpUrl, "must be a URL such as smtp://user:password@mail.example.com:587 or smtps://…:465")
      .optional(),
    /** The sender of PrepLoop's mail: "PrepLoop <no-reply@example.com>" or a bare address. */
    MAIL_FROM: z
      .string()
      .regex(
        /^(?:[^<>\r\n]{1,100} <[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        "must be an address like no-reply@example.com or PrepLoop <no-reply@example.com>",
      )
      .optional(),
    PREPLOOP_TRUST_PROXY: z.enum(["0", "1", "true", "false"]).optional(),
    /** Set by scripts/lib/serve.mjs in its own process (requests carry the socket address); do not set it yourself. */
    PREPLOOP_PEER_HEADER: z.literal("1", "is set by scripts/lib/serve.mjs only").optional(),
    /** Sign-ups accepted per client address per hour (default 20; test servers raise it). */
    PREPLOOP_SIGNUP_LIMIT: z
      .string()
      .regex(/^[1-9][0-9]{0,6}$/, "must be a whole number from 1 to 9999999 (sign-ups per address per hour)")
      .optional(),
    /** Test servers: the largest per-mock time scale accepted (mock clocks run that much faster). Unset: real time only. */
    PREPLOOP_MOCK_TIME_SCALE: z
      .string()
      .regex(/^[1-9][0-9]{0,3}$/, "must be a whole number from 1 to 3600 (the largest speed-up a mock may ask for)")
      .refine((v) => Number(v) <= 3600, "must be at most 3600")
      .optional(),
    /** AI rubric reviews (off when unset): an OpenAI-compatible endpoint such as https://api.openai.com/v1 or http://localhost:11434/v1 (Ollama). */
    PREPLOOP_AI_BASE_URL: z
      .string()
      .refine(validHttpUrl, "must be an http:// or https:// URL such as http://localhost:11434/v1")
      .optional(),
    /** The endpoint's API key (optional: local servers such as Ollama need none). */
    PREPLOOP_AI_API_KEY: z.string().min(1).optional(),
    /** The model name the endpoint knows, e.g. gpt-4o-mini or llama3.1:8b. */
    PREPLOOP_AI_MODEL: z.string().regex(/^[^\s]{1,200}$/, "must be a model name without spaces (at most 200 characters)").optional(),
    /** How long one AI review may take, in milliseconds (default 60000). */
    PREPLOOP_AI_TIMEOUT_MS: z
      .string()
      .regex(/^[1-9][0-9]{2,6}$/, "must be a whole number of milliseconds from 100 to 9999999")
      .optional(),
    /** AI reviews one user may request in 24 hours (default 20). */
    PREPLOOP_AI_DAILY_LIMIT: z
      .string()
      .regex(/^[1-9][0-9]{0,4}$/, "must be a whole number from 1 to 99999 (AI reviews per user per 24 hours)")
      .optional(),
    /** Benchmarks: count every SQL statement (GET /api/debug/query-count answers only then). */
    PREPLOOP_QUERY_STATS: z.enum(["0", "1"], "must be 1 (count SQL queries, benchmarks only) or 0").optional(),
    /** Live mock rooms: the SSE heartbeat in milliseconds (default 15000); presence expires after two. */
    PREPLOOP_LIVE_HEARTBEAT_MS: z
      .string()
      .regex(/^[1-9][0-9]{2,4}$/, "must be a whole number of milliseconds from 500 to 60000")
      .refine((v) => Number(v) >= 500 && Number(v) <= 60_000, "must be from 500 to 60000")
      .optional(),
    /** How long a session check stays cached in an instance, in milliseconds (default 30000; 0 turns the cache off). */
    PREPLOOP_SESSION_CACHE_MS: z
      .string()
      .regex(/^(0|[1-9][0-9]{0,6})$/, "must be a whole number of milliseconds from 0 (off) to 9999999")
      .optional(),
    /** Database connections of one app instance (default 10: measured best on 2 cores; see decision 0022). */
    PREPLOOP_DB_POOL_MAX: z.string().regex(/^[1-9][0-9]{0,2}$/, "must be a whole number from 1 to 999").optional(),
    /** How long a request waits for a free database connection before answering 503, in milliseconds (default 5000). */
    PREPLOOP_DB_POOL_TIMEOUT_MS: z
      .string()
      .regex(/^[1-9][0-9]{1,5}$/, "must be a whole number of milliseconds from 10 to 999999")
      .optional(),
    /** Benchmarks: the floor routes GET /api/debug/empty and /api/debug/session answer only then. */
    PREPLOOP_BENCH: z.enum(["0", "1"], "must be 1 (benchmark routes on) or 0").optional(),
    /** Transcripts of spoken answers (off when unset): an OpenAI-compatible endpoint with /audio/transcriptions, e.g. https://api.openai.com/v1 or a local faster-whisper server. */
    PREPLOOP_STT_BASE_URL: z
      .string()
      .refine(validHttpUrl, "must be an http:// or https:// URL such as http://localhost:8000/v1")
      .optional(),
    /** The speech-to-text endpoint's API key (optional: local servers need none). */
    PREPLOOP_STT_API_KEY: z.string().min(1).optional(),
    /** The transcription model the endpoint knows, e.g. whisper-1 or Systran/faster-whisper-small. */
    PREPLOOP_STT_MODEL: z.string().regex(/^[^\s]{1,200}$/, "must be a model name without spaces (at most 200 characters)").optional(),
    /** How long one transcription may take, in milliseconds (default 120000). */
    PREPLOOP_STT_TIMEOUT_MS: z
      .string()
      .regex(/^[1-9][0-9]{2,6}$/, "must be a whole number of milliseconds from 100 to 9999999")
      .optional(),
  })
  .refine(optionalPair("PREPLOOP_STT_BASE_URL", "PREPLOOP_STT_MODEL"), {
    message: "PREPLOOP_STT_BASE_URL and PREPLOOP_STT_MODEL must be set together (or neither, to turn transcription off)",
    path: ["PREPLOOP_STT_MODEL"],
  })
  .refine(optionalPair("PREPLOOP_AI_BASE_URL", "PREPLOOP_AI_MODEL"), {
    message: "PREPLOOP_AI_BASE_URL and PREPLOOP_AI_MODEL must be set together (or neither, to turn AI reviews off)",
    path: ["PREPLOOP_AI_MODEL"],
  })
  .refine(optionalPair("GITHUB_ID", "GITHUB_SECRET"), {
    message: "GITHUB_ID and GITHUB_SECRET must be set together",
    path: ["GITHUB_SECRET"],
  })
  .refine(optionalPair("GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"), {
    message: "GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set together",
    path: ["GOOGLE_CLIENT_SECRET"],
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
    message: "is required when SMTP_URL is set (the sender of password reset mail)",
    path: ["MAIL_FROM"],
  })
  .refine((e) => !e.SMTP_URL || e.NEXTAUTH_URL, {
    message: "is required when SMTP_URL is set (mailed links must not be built from a request's Host header)",
    path: ["NEXTAUTH_URL"],
  });

function validSmtpUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function validHttpUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema>;

/** Checks an environment; returns the parsed values or one message naming every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "environment"}: ${i.message}`);
  throw new Error(`PrepLoop cannot start: the environment is not valid.\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The validated environment (validated once, at start-up, by instrumentation.ts). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** PREPLOOP_TRUST_PROXY is on: forwarding headers (X-Forwarded-*) come from our own proxy. */
export function trustsProxy(e: Pick<Env, "PREPLOOP_TRUST_PROXY"> = env()): boolean {
  return e.PREPLOOP_TRUST_PROXY === "1" || e.PREPLOOP_TRUST_PROXY === "true";
}

// Read apart from env(): the Prisma client is built when lib/server/db.ts is first imported,
// also in processes that set nothing else (the seed, unit tests importing a module that
// imports the client), so these must not demand the whole environment.

/** DATABASE_URL as set (env() checks it at start-up); the client connects lazily. */
export function databaseUrl(): string | undefined {
  return process.env.DATABASE_URL;
}

/** PREPLOOP_QUERY_STATS=1: benchmarks count the SQL statements of this process. */
export function queryStatsEnabled(): boolean {
  return process.env.PREPLOOP_QUERY_STATS === "1";
}

/** Set by scripts/lib/cluster.mjs in each app process of a cluster: this process is one of several. */
export function inCluster(): boolean {
  return Boolean(process.env.PREPLOOP_CLUSTER_PROCESS);
}

/** PREPLOOP_BENCH=1: the benchmark's floor routes (GET /api/debug/empty, /api/debug/session) answer. */
export function benchRoutesEnabled(): boolean {
  return process.env.PREPLOOP_BENCH === "1";
}

/** A development build (`next dev`): Next inlines NODE_ENV at build time. */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV !== "production";
}

const wholeOr = (value: string | undefined, fallback: number) =>
  value && /^[0-9]{1,7}$/.test(value) ? Number(value) : fallback;

/** PREPLOOP_SESSION_CACHE_MS: the session cache's TTL (0: off). Read apart from env() like the pool's. */
export function sessionCacheMs(): number {
  return wholeOr(process.env.PREPLOOP_SESSION_CACHE_MS, 30_000);
}

/** PREPLOOP_DB_POOL_MAX and PREPLOOP_DB_POOL_TIMEOUT_MS: the database pool of this process. */
export function dbPool(): { max: number; acquireTimeoutMs: number } {
  return {
    max: Math.max(1, wholeOr(process.env.PREPLOOP_DB_POOL_MAX, 10)),
    acquireTimeoutMs: Math.max(10, wholeOr(process.env.PREPLOOP_DB_POOL_TIMEOUT_MS, 5_000)),
  };
}
