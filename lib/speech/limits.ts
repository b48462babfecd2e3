// Limits of spoken answers (docs/decisions/0018-spoken-answers.md). Shared by server and browser.

/** MediaRecorder timeslice: one chunk (one upload) per second. */
export const TIMESLICE_MS = 1000;
/** The recorder stops itself at 15 minutes. */
export const MAX_RECORDING_MS = 15 * 60 * 1000;
/** Chunks per recording: 15 min of 1 s slices, with room for short slices around pauses. */
export const MAX_CHUNKS = 1200;
/** One chunk's body (Opus at ≤ 128 kbit/s is ~16 KB per second). */
export const MAX_CHUNK_BYTES = 512 * 1024;
/** One recording: 20 MB (15 min of Opus at ~32 kbit/s is ~3.6 MB). */
export const MAX_RECORDING_BYTES = 20 * 1024 * 1024;
/** Everything one user keeps: 200 MB. */
export const MAX_USER_BYTES = 200 * 1024 * 1024;

/** Accepted types: Opus in WebM (Chromium, Firefox) or Ogg (Firefox, Safari 18.4+). */
export const MIME_PATTERN = /^audio\/(webm|ogg)(?:\s*;\s*codecs\s*=\s*"?opus"?)?$/i;

export const containerOf = (mime: string) => MIME_PATTERN.exec(mime.trim())?.[1]?.toLowerCase() ?? null;
