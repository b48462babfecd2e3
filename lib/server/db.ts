import "server-only";
import type { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, dbPool, queryStatsEnabled } from "./env";
import { countQuery } from "./query-stats";

const globalForPrisma = globalThis as unknown as { preploopDb?: PrismaClient; preploopPool?: pg.Pool };

function createPool() {
  // The pool connects lazily, so building it never touches the network. A query that finds
  // every connection busy waits at most PREPLOOP_DB_POOL_TIMEOUT_MS, then fails with pg-pool's
  // timeout, which the API answers as 503 + Retry-After (isPoolTimeout).
  const { max, acquireTimeoutMs } = dbPool();
  const pool = new pg.Pool({ connectionString: databaseUrl(), max, connectionTimeoutMillis: acquireTimeoutMs });
  // An idle connection dropped by the server must not crash the process (the adapter listens
  // too, but only once Prisma has connected).
  pool.on("error", () => undefined);
  flagPoolTimeouts(pool);
  return pool;
}

/** The one connection pool of this process: Prisma's adapter and `rows()` share it. */
const pool = (globalForPrisma.preploopPool ??= createPool());

function createClient() {
  // $disconnect() ends the pool, as it did when the adapter made its own.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  if (queryStatsEnabled()) {
    // Benchmarks only (PREPLOOP_QUERY_STATS=1): count every SQL statement.
    const counted = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
    counted.$on("query", countQuery);
    return counted as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}

/** The one Prisma client of this process. */
export const db = (globalForPrisma.preploopDb ??= createClient());

/**
 * One statement straight through the pool, for the hottest reads and the autosave's one-statement
 * write (issue 20): Prisma runs even `$queryRaw` through its query compiler and result mapping,
 * about as much CPU as the request's own work. Same pool, same 503 on a full pool, same
 * `Prisma.sql` fragments; autocommit, so not for a statement that must join a transaction.
 * The rows come as pg parses them: PostgreSQL's `timestamp`/`date` are read in the process's
 * time zone, so select dates as text (`to_char`) rather than rely on it, and send them as ISO
 * text, not `Date`; numeric is a string.
 */
export async function rows<T>(query: Prisma.Sql): Promise<T[]> {
  if (queryStatsEnabled()) countQuery();
  const name = statementName(query.text);
  return (await pool.query({ name, text: query.text, values: query.values })).rows as T[];
}

/**
 * How many distinct statement texts `rows()` prepares (per process, so per connection at most
 * this many). The texts are ours, but their shape follows the request (filters, sort, number of
 * search words): past the bound a statement runs unprepared, so a client cannot make PostgreSQL
 * keep an unbounded number of plans.
 */
const PREPARED_MAX = 100;
const prepared = ((globalThis as { preploopPrepared?: Map<string, string> }).preploopPrepared ??= new Map());

/**
 * A named (prepared) statement per distinct text: each connection parses and analyses it once
 * and, after PostgreSQL's first five custom plans, reuses a generic plan. Planning was about half
 * of PostgreSQL's CPU for the question search (issue 20, docs/decisions/0023 "Session 8"). The
 * name is a hash of the text, so two texts never share a name (pg refuses that).
 */
function statementName(text: string): string | undefined {
  const known = prepared.get(text);
  if (known || prepared.size >= PREPARED_MAX) return known;
  const name = `preploop_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
  prepared.set(text, name);
  return name;
}

/** pg-pool's error when no connection became free (or could be opened) within the pool's wait. */
const POOL_TIMEOUT = "timeout exceeded when trying to connect";

/** Whether `err` is the pool's wait running out (Prisma passes pg-pool's message through). */
export function isPoolTimeout(err: unknown): boolean {
  return err instanceof Error && err.message.includes(POOL_TIMEOUT);
}

/**
 * The per-request state scripts/lib/serve.mjs keeps in an AsyncLocalStorage (same process): a
 * page whose render failed on the pool's wait is answered 503 + Retry-After there, not Next's
 * 500 error page (a server component cannot set its status).
 */
const REQUEST_STATE = Symbol.for("preploop.requestState");
type RequestState = { poolBusy: boolean };

function markPoolBusy() {
  const als = (globalThis as Record<symbol, AsyncLocalStorage<RequestState> | undefined>)[REQUEST_STATE];
  const state = als?.getStore();
  if (state) state.poolBusy = true;
}

/** Wraps `pool.connect` (both forms: pool.query uses the callback one) to mark the request on a timeout. */
function flagPoolTimeouts(pool: pg.Pool) {
  type Callback = (err: Error | undefined, client?: pg.PoolClient, done?: (release?: unknown) => void) => void;
  const connect = pool.connect.bind(pool) as (cb?: Callback) => Promise<pg.PoolClient> | undefined;
  (pool as unknown as { connect: (cb?: Callback) => unknown }).connect = (cb?: Callback) => {
    if (cb)
      return connect((err, client, done) => {
        if (isPoolTimeout(err)) markPoolBusy();
        cb(err, client, done);
      });
    return connect()!.catch((err: unknown) => {
      if (isPoolTimeout(err)) markPoolBusy();
      throw err;
    });
  };
}
