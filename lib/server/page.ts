import "server-only";
import { notFound } from "next/navigation";
import { HttpError } from "./errors";

/** For server pages: a lib function's 404 becomes the page's not-found; other errors pass. */
export async function or404<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) notFound();
    throw e;
  }
}
