import * as responses from "@/lib/api/responses";
// Benchmarks read the server's SQL query count (all its processes) before and after a request. It exists
// only when the server runs with PREPLOOP_QUERY_STATS=1; otherwise it answers 404 like any
// unknown path.
import { notFound } from "@/lib/server/errors";
import { route } from "@/lib/server/http";
import { queryStatsEnabled } from "@/lib/server/env";
import { serverQueryCount } from "@/lib/server/query-stats";

export const GET = route(
  {
    operationId: "getQueryCount",
    summary: "The server's SQL query count, all its processes (only with PREPLOOP_QUERY_STATS=1)",
    response: responses.getQueryCount,
    errors: ["not_found"],
    auth: false,
  },
  async () => {
    if (!queryStatsEnabled()) throw notFound("Not found.");
    return { queries: await serverQueryCount() };
  },
);

export * from "@/lib/server/method-not-allowed";
