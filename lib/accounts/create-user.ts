import "server-only";
import { db } from "@/lib/server/db";
import { HttpError } from "@/lib/server/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";
import { type signUpSchema } from "./schema";
import type { z } from "zod";

export async function createUser(input: z.output<typeof signUpSchema>) {
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, passwordHash, displayName: input.displayName },
      select: { id: true, email: true, displayName: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw emailTaken();
    throw e;
  }
}

const emailTaken = () =>
  new HttpError(409, "email_taken", "An account with this email already exists. Sign in instead.", {
    email: "An account with this email already exists.",
  });
