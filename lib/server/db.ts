import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { preploopDb?: PrismaClient };

function createClient() {
  // The pool connects lazily, so building the client never touches the network.
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter });
}

/** The one Prisma client of this process. */
export const db = (globalForPrisma.preploopDb ??= createClient());
