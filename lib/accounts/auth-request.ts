import "server-only";
// What next-auth's catch-all route accepts. next-auth answers 500 for a GET of the credentials
// callback, for providers that are not configured and for bodies it cannot parse; these
// checks answer such requests in the API's one error shape first.
import { HttpError } from "@/lib/server/errors";
import { readBodyBytes } from "@/lib/server/body";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

/** next-auth's actions by method (next-auth/core/index.js). */
const ACTIONS: Record<string, readonly string[]> = {
  GET: ["providers", "session", "csrf", "signin", "signout", "callback", "verify-request", "error"],
  POST: ["signin", "signout", "callback", "session", "_log"],
};
/** Actions that take a provider id as a second path segment. */
const WITH_PROVIDER = new Set(["signin", "callback"]);

const AUTH_BODY_LIMIT = 64 * 1024;

const notFound = () => new HttpError(404, "not_found", "There is no such sign-in endpoint.");

/** The problem with a request's method and path, or null. `providers`: the configured provider ids. */
export function authRouteProblem(
  method: string,
  segments: string[],
  providers: ReadonlySet<string>,
): HttpError | null {
  const [action, providerId, ...rest] = segments;
  if (!action || rest.length > 0) return notFound();
  const allowed = Object.keys(ACTIONS).filter((m) => ACTIONS[m]!.includes(action));
  if (allowed.length === 0) return notFound();
  if (providerId !== undefined) {
    if (!WITH_PROVIDER.has(action)) return notFound();
    if (!providers.has(providerId)) {
      return new HttpError(404, "unknown_provider", "That sign-in method is not available on this server.");
    }
  }
  // The credentials callback only takes a POST (next-auth answers a GET with a 500).
  const methods = action === "callback" && providerId === "credentials" ? ["POST"] : allowed;
  if (!methods.includes(method)) {
    return new HttpError(
      405,
      "method_not_allowed",
      `Use ${methods.join(" or ")} for this endpoint.`,
      undefined,
      {
        Allow: methods.join(", "),
      },
    );
  }
  if (action === "callback" && providerId === undefined) return notFound();
  return null;
}

/**
 * A body next-auth can read: a JSON object of strings (what a form gives; a session update's
 * `data` may be any JSON), or a form. Else the problem.
 */
export function authBodyProblem(contentType: string, text: string, action?: string): HttpError | null {
  if (!/^application\/json\b/i.test(contentType)) return null; // forms (and anything next-auth ignores)
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return new HttpError(400, "invalid_json", "The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return new HttpError(400, "invalid_input", "The request body must be a JSON object.");
  }
  const bad = Object.entries(value).find(
    ([k, v]) => typeof v !== "string" && !(action === "session" && k === "data"),
  );
  if (bad) {
    return new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      [bad[0]]: "Must be a string.",
    });
  }
  return null;
}

/** Throws an HttpError for a request next-auth should not see. Leaves `req`'s body unread. */
export async function checkAuthRequest(req: Request, segments: string[], providers: ReadonlySet<string>) {
  const problem = authRouteProblem(req.method, segments, providers);
  if (problem) throw problem;
  if (req.method !== "POST" || !req.body) return;
  const text = Buffer.from(await readBodyBytes(req.clone(), AUTH_BODY_LIMIT)).toString("utf8");
  const bodyProblem = authBodyProblem(req.headers.get("content-type") ?? "", text, segments[0]);
  if (bodyProblem) throw bodyProblem;
}
