// A count of the SQL queries this process has run, for benchmarks only: on when the server
// starts with PREPLOOP_QUERY_STATS=1 (then db.ts subscribes to Prisma's query events), off —
// and not even subscribed — otherwise (queryStatsEnabled() in env.ts).
const counter = globalThis as unknown as { preploopQueryCount?: number };

export function countQuery() {
  counter.preploopQueryCount = (counter.preploopQueryCount ?? 0) + 1;
}

export const queryCount = () => counter.preploopQueryCount ?? 0;
