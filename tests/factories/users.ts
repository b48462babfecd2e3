import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { ARGON2_OPTIONS } from "../../lib/accounts/password-rules";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { FactoryDb } from "./db";

/** The password of every factory user unless one is given (the tests' PASSWORD). */
export const FACTORY_PASSWORD = "correct horse battery staple";

const hashes = new Map<string, Promise<string>>();

/** The argon2 hash of `password` as the app makes it, computed once per process (slow on purpose). */
export function passwordHashOf(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hash(password, ARGON2_OPTIONS);
    hashes.set(password, h);
  }
  return h;
}

export function uniqueEmail(tag = "factory") {
  return `${tag}-${randomUUID().slice(0, 8)}@test.preploop.dev`;
}

export type UserFields = Omit<Prisma.UserCreateInput, "email" | "passwordHash"> & { email?: string };

/** The profile of a typical user: a senior ML engineer in the United States. */
export const PROFILE = {
  targetRole: "Machine Learning Engineer",
  targetLevel: "SENIOR",
  region: "UNITED_STATES",
  yearsExperience: 5,
} as const satisfies Partial<Prisma.UserCreateInput>;

/**
 * A password account with a profile (PROFILE unless overridden; `profile: false` leaves it
 * empty, as right after sign-up). `password: null` makes an account without a password (as a
 * provider sign-up does).
 */
export async function createUser(
  db: FactoryDb,
  {
    password = FACTORY_PASSWORD,
    profile = true,
    ...fields
  }: Partial<UserFields> & { password?: string | null; profile?: boolean } = {},
) {
  const email = fields.email ?? uniqueEmail();
  const user = await db.user.create({
    data: {
      displayName: "Factory User",
      ...(profile ? PROFILE : {}),
      ...fields,
      email,
      passwordHash: password === null ? null : await passwordHashOf(password),
    },
    select: { id: true, email: true, displayName: true },
  });
  return { ...user, password };
}
