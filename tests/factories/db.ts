// The factories write through a Prisma client or one transaction of it (the seed's). Like
// the seed, they import with relative paths.
import type { Prisma } from "../../lib/generated/prisma/client";

export type FactoryDb = Prisma.TransactionClient;

