// Pure rules of the session rows (lib/server/auth.ts checks them on each request; lib/accounts/sessions.ts applies them in PostgreSQL).

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A session lasts 30 days after it was last seen (the JWT cookie's own lifetime is the same). */
export const SESSION_MAX_AGE_MS = 30 * DAY;
/** The per-request check refreshes `lastSeenAt` at most this often, so most requests only read. */
export const LAST_SEEN_EVERY_MS = 5 * MINUTE;

/** Whether a request at `now` should refresh a session last seen at `lastSeenAt`. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS;
}

/** Whether a session row still signs its holder in. */
export function isActive(row: { revokedAt: Date | null; lastSeenAt: Date }, now: Date): boolean {
  return row.revokedAt === null && now.getTime() - row.lastSeenAt.getTime() < SESSION_MAX_AGE_MS;
}
