// A count of the SQL queries the server has run, for benchmarks only: on when the server
// starts with PREPLOOP_QUERY_STATS=1 (then db.ts subscribes to Prisma's query events), off —
// and not even subscribed — otherwise (queryStatsEnabled() in env.ts). Each process counts its
// own; in a cluster (scripts/lib/cluster.mjs) the primary sums every process's count on request,
// since a benchmark's requests land on any of them.
import { randomUUID } from "node:crypto";
import { inCluster } from "@/lib/server/env";

const counter = globalThis as unknown as { preploopQueryCount?: number };

export function countQuery() {
  counter.preploopQueryCount = (counter.preploopQueryCount ?? 0) + 1;
}

const queryCount = () => counter.preploopQueryCount ?? 0;

// The messages of scripts/lib/cluster.mjs (COUNT_ALL).
const COUNT_ALL = "preploop:query-count-all";

/** This server's SQL count: this process's, or the sum over the cluster's processes. */
export function serverQueryCount(timeoutMs = 5_000): Promise<number> {
  const send = process.send?.bind(process);
  if (!send || !inCluster()) return Promise.resolve(queryCount());
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      const msg = m as { type?: string; id?: string; queries?: number } | null;
      if (msg?.type !== COUNT_ALL || msg.id !== id || typeof msg.queries !== "number") return;
      done();
      resolve(msg.queries);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error("the cluster's processes did not report their SQL counts in time"));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      process.off("message", onMessage);
    };
    process.on("message", onMessage);
    send({ type: COUNT_ALL, id });
  });
}
