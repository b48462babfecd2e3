import { HttpError } from "@/lib/server/errors";

/** 429 with Retry-After, in the API's one error shape. */
export function tooManyAttempts(seconds: number, what: string) {
  const minutes = Math.ceil(seconds / 60);
  return new HttpError(
    429,
    "too_many_attempts",
    `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    undefined,
    { "Retry-After": String(seconds) },
  );
}
