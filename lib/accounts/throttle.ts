// Pure rules of sign-in throttling; the store (throttle-store.ts) applies them in PostgreSQL.

export type ThrottleRule = { limit: number; windowMs: number; blockMs: number };
export type ThrottleState = { failures: number; windowStart: Date; blockedUntil: Date | null };

const MINUTE = 60_000;

/** Per account: 5 wrong passwords within 15 minutes block that account for 15 minutes. */
export const ACCOUNT_RULE: ThrottleRule = { limit: 5, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };
/** Per client address: 20 failures within 15 minutes block the address for 15 minutes. */
export const ADDRESS_RULE: ThrottleRule = { limit: 20, windowMs: 15 * MINUTE, blockMs: 15 * MINUTE };

/** Seconds until the key may try again, or null when it is not blocked. */
export function retryAfterSeconds(state: ThrottleState | null, now: Date): number | null {
  if (!state?.blockedUntil) return null;
  const ms = state.blockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : null;
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  const windowOpen = state && now.getTime() - state.windowStart.getTime() < rule.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  const stillBlocked = state?.blockedUntil && state.blockedUntil > now ? state.blockedUntil : null;
  const blockedUntil = failures >= rule.limit ? new Date(now.getTime() + rule.blockMs) : stillBlocked;
  return { failures, windowStart, blockedUntil };
}
