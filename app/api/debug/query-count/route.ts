import * as responses from "@/lib/api/responses";
// Benchmarks read the process's SQL query count here before and after a request. It exists
// only when the server runs with PREPLOOP_QUERY_STATS=1; otherwise it answers 404 like any
// unknown path.
import { notFound } from "@/lib/server/errors";
import { route } from "@/lib/server/http";
import { queryStatsEnabled } from "@/lib/server/env";
import { queryCount } from "@/lib/server/query-stats";

export const GET = route(
  {
    operationId: "getQueryCount",
    summary: "The process's SQL query count (only with PREPLOOP_QUERY_STATS=1)",
    response: responses.getQueryCount,
    errors: ["not_found"],
    auth: false,
  },
  async () => {
    if (!queryStatsEnabled()) throw notFound("Not found.");
    return { queries: queryCount() };
  },
);

export * from "@/lib/server/method-not-allowed";
