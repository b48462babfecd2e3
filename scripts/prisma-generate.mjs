// postinstall: generate the Prisma client (no database or network needed).
import { prisma } from "./lib/run.mjs";
await prisma(["generate"], { quiet: true });
console.log("Prisma client generated in lib/generated/prisma");
