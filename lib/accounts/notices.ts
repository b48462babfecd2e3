// What the sign-in page says after an account action sent the user there (`/sign-in?notice=…`).
const NOTICES = {
  deleted: "Your account was deleted. Everything in it is gone; thank you for trying PrepLoop.",
  "signed-out-everywhere": "You were signed out on every device. Sign in again to continue here.",
} as const;

type NoticeKey = keyof typeof NOTICES;

/** The sentence for a `notice` query value, or null for a missing or unknown one. */
export function noticeText(value: string | string[] | undefined): string | null {
  if (typeof value !== "string" || !Object.hasOwn(NOTICES, value)) return null;
  return NOTICES[value as NoticeKey];
}

export function signInWithNotice(key: NoticeKey) {
  return `/sign-in?notice=${key}`;
}

/** What the device list says after "sign out all other devices" ended `n` sessions. */
export function endedOthers(n: number) {
  if (n === 0) return "No other device was signed in.";
  return n === 1 ? "Signed out 1 other device." : `Signed out ${n} other devices.`;
}
