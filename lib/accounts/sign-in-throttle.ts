import "server-only";
// The sign-in throttle, applied inside credentials verification (every path to a password
// check passes here, whatever the body format or URL). Attempts are counted BEFORE the
// password is checked, atomically per key, so a refused attempt never verifies a password and
// a concurrent burst gets at most the limit verified.
import { AsyncLocalStorage } from "node:async_hooks";
import { KNOWN_ADDRESS_MS, SIGN_IN_RULES, exceeds, tryAgainIn } from "./throttle";
import { countAttempt, hit, isMarked, keys, mark, release, reset } from "./throttle-store";

class SignInThrottled extends Error {
  constructor(readonly retryAfter: number) {
    super(`Too many failed sign-in attempts. ${tryAgainIn(retryAfter)}`);
    this.name = "SignInThrottled";
  }
}

// next-auth turns anything `authorize` throws into a generic redirect; the auth route runs the
// handler inside `captureSignInThrottle` to learn that the attempt was refused (and answer 429)
// or that the check itself failed (a database fault or a full pool: answered as such, never as
// "wrong password").
type Box = { refused?: SignInThrottled; failed?: { error: unknown } };
const captured = new AsyncLocalStorage<Box>();

export async function captureSignInThrottle<T>(fn: () => Promise<T>) {
  const box: Box = {};
  const result = await captured.run(box, fn);
  return { result, refused: box.refused ?? null, failed: box.failed ?? null };
}

/** `authorize` reports here whatever else it throws, before next-auth swallows it. */
export function signInFailed(error: unknown) {
  if (error instanceof SignInThrottled) return;
  const box = captured.getStore();
  if (box) box.failed = { error };
}

function refuse(retryAfter: number): never {
  const err = new SignInThrottled(retryAfter);
  const box = captured.getStore();
  if (box) box.refused = err;
  throw err;
}

/**
 * Counts one sign-in attempt for `email` (normalised; null when it is not an email at all)
 * from `address`, or throws SignInThrottled. Order: (account, address), then the address,
 * then the account over all addresses; a refused attempt is not counted further on, so an
 * attacker whose address is blocked cannot push the victim's account towards its limit.
 */
export async function admitSignIn(email: string | null, address: string | null, now = new Date()) {
  const k = keys();
  const blocked = await countAttempt(
    [
      ...(email ? [{ key: k.signInPair(email, address), rule: SIGN_IN_RULES.pair }] : []),
      { key: k.signInAddress(address), rule: SIGN_IN_RULES.address },
    ],
    now,
  );
  if (blocked) refuse(blocked.retryAfter);
  if (!email) return;
  const account = await hit(k.signInAccount(email), SIGN_IN_RULES.account, now);
  // Under a distributed attack the account limit holds for everyone except addresses this
  // account has signed in from (so its owner keeps getting in from home or work).
  if (exceeds(account, SIGN_IN_RULES.account) && !(await isMarked(k.signInKnown(email, address), now))) {
    refuse(account.retryAfter);
  }
}

/** A correct password: the attempt was not a failure; the address becomes known to the account. */
export async function signInSucceeded(email: string, address: string | null, now = new Date()) {
  const k = keys();
  await reset(k.signInPair(email, address));
  await release(k.signInAddress(address), now);
  await release(k.signInAccount(email), now);
  await mark(k.signInKnown(email, address), KNOWN_ADDRESS_MS, now);
}
