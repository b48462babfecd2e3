import { NextResponse } from "next/server";
import * as responses from "@/lib/api/responses";
import { checkHealth } from "@/lib/server/health";
import { documented } from "@/lib/server/http";

export const dynamic = "force-dynamic";

async function getHealth() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

export const GET = documented(getHealth, {
  auth: false,
  operationId: "getHealth",
  summary: "Health of the app, its database and migrations",
  response: responses.getHealth,
  status: [200, 503],
});

export * from "@/lib/server/method-not-allowed";
