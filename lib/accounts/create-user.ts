import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { HttpError } from "@/lib/server/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";
import { signUpRule, tryAgainIn } from "./throttle";
import { countAttempt, keys } from "./throttle-store";
import { type signUpSchema } from "./schema";
import type { z } from "zod";

/**
 * Creates a password account. Every attempt from an address counts against its hourly sign-up
 * limit first (each runs argon2, and an "email taken" answer tells whether an account exists).
 */
export async function createUser(input: z.output<typeof signUpSchema>, address: string | null) {
  const rule = signUpRule(Number(env().PREPLOOP_SIGNUP_LIMIT ?? "") || undefined);
  const blocked = await countAttempt([{ key: keys().signUpAddress(address), rule }]);
  if (blocked) {
    throw new HttpError(
      429,
      "too_many_attempts",
      `Too many sign-ups from your network. ${tryAgainIn(blocked.retryAfter)}`,
      undefined,
      { "Retry-After": String(blocked.retryAfter) },
    );
  }
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
