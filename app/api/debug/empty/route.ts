// The hot-path benchmark's floor (scripts/bench/hot.mjs): a Next.js route that does nothing —
// no session, no database, not even route() — so the benchmark can print every path's
// throughput as a ratio to the framework's own cost in the same run. It exists only when the
// server runs with PREPLOOP_BENCH=1; otherwise it answers 404 like any unknown path.
import { NextResponse } from "next/server";
import * as responses from "@/lib/api/responses";
import { benchRoutesEnabled } from "@/lib/server/env";
import { notFound } from "@/lib/server/errors";
import { documented, errorResponse } from "@/lib/server/http";

export const dynamic = "force-dynamic";

async function getEmpty() {
  if (!benchRoutesEnabled()) return errorResponse(notFound("Not found."));
  return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

export const GET = documented(getEmpty, {
  auth: false,
  operationId: "getBenchEmpty",
  summary: "An empty answer, the benchmark's floor (only with PREPLOOP_BENCH=1)",
  response: responses.getBenchEmpty,
  errors: ["not_found"],
});

export * from "@/lib/server/method-not-allowed";
