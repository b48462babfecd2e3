// The time zones a profile may hold: every IANA zone the runtime lists, plus UTC (the default,
// which Intl lists only under its regional names). The profile form offers this list and the
// server accepts nothing else, so a case variant ("europe/berlin") or an unlisted alias is refused.

export const TIME_ZONES: readonly string[] = [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])].sort();

const listed = new Set(TIME_ZONES);

export function isListedTimeZone(tz: string) {
  return listed.has(tz);
}
