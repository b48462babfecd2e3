// One load shared by every caller, a failed one forgotten so the next call tries again: the
// pattern behind each form's checks loaded on first use (lazy-resolver.ts) and the light forms'
// real code (mount-on-submit.ts).

/** `load`, started on the first call and shared after it; a failed load is tried again next time. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
}
