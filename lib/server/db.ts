import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, dbPool, queryStatsEnabled } from "./env";
import { countQuery } from "./query-stats";

const globalForPrisma = globalThis as unknown as { preploopDb?: PrismaClient };

function createClient() {
  // The pool connects lazily, so building the client never touches the network. A query that
  // finds every connection busy waits at most PREPLOOP_DB_POOL_TIMEOUT_MS, then fails with
  // pg-pool's timeout, which the API answers as 503 + Retry-After (isPoolTimeout).
  const { max, acquireTimeoutMs } = dbPool();
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max, connectionTimeoutMillis: acquireTimeoutMs });
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

/** pg-pool's error when no connection became free (or could be opened) within the pool's wait. */
const POOL_TIMEOUT = "timeout exceeded when trying to connect";

/** Whether `err` is the pool's wait running out (Prisma passes pg-pool's message through). */
export function isPoolTimeout(err: unknown): boolean {
  return err instanceof Error && err.message.includes(POOL_TIMEOUT);
}
