// Mentoring rules as data: invitation lifetime, code alphabet, limits and calibration thresholds.

/** An invitation expires this many days after it was made unless the candidate picks otherwise. */
export const INVITATION_DEFAULT_DAYS = 7;
export const INVITATION_MAX_DAYS = 30;

/** Short codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 characters
export const CODE_LENGTH = 8;

/** A comment's body and a review summary, in characters. */
export const COMMENT_MAX = 5000;
export const SUMMARY_MAX = 5000;
export const REQUEST_NOTE_MAX = 500;

/** Calibration: a gap (self − mentor) of at least this many points, either way, is flagged. */
export const CALIBRATION_FLAG_GAP = 2;
/** The trend compares the later half of the reviewed items with the earlier half once there are this many. */
export const CALIBRATION_TREND_MIN_ITEMS = 4;
/** The calibration view lists this many reviewed answers, newest first (its statistics use all). */
export const CALIBRATION_ITEMS_SHOWN = 100;

/** How many pending invitations a candidate may hold at once (a bound against abuse). */
export const PENDING_INVITATIONS_MAX = 20;

// Guessing codes is throttled per user and per address: CODE_RULES in lib/accounts/throttle.ts.

/** A mentor's repeated read of the same item within this many minutes is logged once. */
export const ACCESS_REPEAT_MINUTES = 10;
