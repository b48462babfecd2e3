import type { Prisma } from "../../lib/generated/prisma/client";

/** The client the seed steps write through: the seed's one transaction. */
export type SeedDb = Prisma.TransactionClient;
