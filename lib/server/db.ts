import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, queryStatsEnabled } from "./env";
import { countQuery } from "./query-stats";

const globalForPrisma = globalThis as unknown as { preploopDb?: PrismaClient };

function createClient() {
  // The pool connects lazily, so building the client never touches the network.
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10 });
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
