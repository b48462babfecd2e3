import "server-only";
import { env } from "@/lib/server/env";

/** The OAuth providers this server has credentials for. */
export function configuredProviders(): ("github" | "google")[] {
  const e = env();
  return [
    ...(e.GITHUB_ID && e.GITHUB_SECRET ? (["github"] as const) : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? (["google"] as const) : []),
  ];
}
