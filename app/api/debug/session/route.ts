// The session check alone, for the hot-path benchmark (scripts/bench/hot.mjs): route() with
// its session check and nothing else, so the benchmark separates what every signed-in request
// pays from what each path adds. Exists only when the server runs with PREPLOOP_BENCH=1
// (404 otherwise, for everyone); then 401 without a session.
import * as responses from "@/lib/api/responses";
import { benchRoutesEnabled } from "@/lib/server/env";
import { HttpError, notFound } from "@/lib/server/errors";
import { route } from "@/lib/server/http";

export const GET = route(
  {
    operationId: "getBenchSession",
    summary: "The session check alone, for benchmarks (only with PREPLOOP_BENCH=1)",
    response: responses.getBenchSession,
    // auth: false so that the 404 without the switch comes first; with it, no session is 401.
    errors: ["not_found", "unauthenticated"],
    auth: false,
  },
  async ({ user }) => {
    if (!benchRoutesEnabled()) throw notFound("Not found.");
    if (!user) throw new HttpError(401, "unauthenticated", "Sign in to continue.");
    return { ok: true };
  },
);

export * from "@/lib/server/method-not-allowed";
