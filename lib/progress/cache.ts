import "server-only";
// The dashboard's computed sections, cached per user in this process (issue 20: the dashboard
// recomputed two years of history on every view). A cached value is used only while its key
// still matches what the database says now, so it is exact on every instance without any
// message between them:
// - the key holds the user's ProgressVersion and the question bank's ProgressQuestionsVersion,
//   which triggers raise in the same transaction as every write that changes the figures
//   (prisma/migrations/20261206143000_progress_version), read in the one query that also
//   reads the user's time zone and interview date (which the key holds too, with today's date
//   and the view), so a hit costs no extra query;
// - a value also carries the instant it stops being right on its own (an answer leaving the
//   weakest-areas window) and the instant it was computed (an earlier `now` recomputes);
// - what moves with the clock inside a day (review cards due now) is never cached.
// Values are deep-frozen: callers share them.

type Entry = { key: string; from: number; until: number; value: unknown };

/** Users' dashboards kept per instance (least recently used dropped first). */
export const PROGRESS_CACHE_SIZE = 500;

const entries = new Map<string, Entry>();
const inflight = new Map<string, { key: string; from: number; promise: Promise<Entry> }>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const fits = (e: { key: string; from: number; until?: number }, key: string, at: number) => e.key === key && e.from <= at && (e.until === undefined || at < e.until);

/**
 * The value cached in `slot` under `key` for the instant `now`, or `compute()`'s (then cached
 * for instants from `now` to its `until`). Concurrent misses for the same slot and key share
 * one computation.
 */
export async function cachedProgress<T>(slot: string, key: string, now: Date, compute: () => Promise<{ value: T; until: number }>): Promise<T> {
  const at = now.getTime();
  const hit = entries.get(slot);
  if (hit && fits(hit, key, at)) {
    entries.delete(slot);
    entries.set(slot, hit);
    return hit.value as T;
  }
  const running = inflight.get(slot);
  if (running && fits(running, key, at)) {
    const e = await running.promise;
    if (fits(e, key, at)) return e.value as T;
  }
  const promise = compute().then(({ value, until }) => ({ key, from: at, until, value: deepFreeze(value) }));
  inflight.set(slot, { key, from: at, promise });
  try {
    const e = await promise;
    entries.delete(slot);
    entries.set(slot, e);
    if (entries.size > PROGRESS_CACHE_SIZE) entries.delete(entries.keys().next().value!);
    return e.value as T;
  } finally {
    if (inflight.get(slot)?.promise === promise) inflight.delete(slot);
  }
}

/** Drops every cached dashboard (tests that compare the cache with a fresh computation). */
export function clearProgressCache() {
  entries.clear();
  inflight.clear();
}
