/** Marks the 405 fallback handlers (lib/server/method-not-allowed.ts). */
export const METHOD_NOT_ALLOWED = Symbol.for("preploop.methodNotAllowed");

/** True for a route export that is only the 405 fallback, not a real handler of the route. */
export const isMethodNotAllowed = (handler: unknown) =>
  typeof handler === "function" && (handler as unknown as Record<symbol, unknown>)[METHOD_NOT_ALLOWED] === true;
