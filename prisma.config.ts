import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapter } from "./prisma/cli-adapter";
import { embeddedUrl } from "./scripts/lib/defaults.mjs";

// The CLI must always resolve a database URL (otherwise it falls back to a native
// engine download). Our scripts set DATABASE_URL; a bare `npx prisma` uses this checkout's
// embedded database (its own password, and the port it runs on).
const url = process.env.DATABASE_URL ?? embeddedUrl(undefined, { create: false });
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => cliAdapter(url),
});
