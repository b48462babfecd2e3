import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { authPageHref } from "@/lib/safe-path";
import { getCurrentUser, type SessionUser } from "./auth";
import { db } from "./db";
import { HttpError } from "./errors";

/**
 * Sends a signed-out visitor to sign-in, coming back to the page asked for (the path and query
 * the proxy recorded in x-preploop-path; an unsafe path falls back to the home page).
 */
export async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get("x-preploop-path") ?? "";
  redirect(authPageHref("/sign-in", path));
}

/** For server pages: the signed-in user; a signed-out visitor is sent to sign-in and back. */
export async function requireUser(): Promise<SessionUser> {
  return (await getCurrentUser()) ?? redirectToSignIn();
}

/**
 * For server pages: a lib function's 404 (an HttpError with status 404, or no value) becomes
 * the page's not-found; other errors pass.
 */
export async function or404<T>(p: Promise<T> | T): Promise<NonNullable<T>> {
  let value: T;
  try {
    value = await p;
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  }
  if (value === null || value === undefined) notFound();
  return value;
}

/** For server pages: the user's time zone (profile setting), to show times in. */
export async function userTimeZone(userId: string): Promise<string> {
  const { timeZone } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  return timeZone;
}
