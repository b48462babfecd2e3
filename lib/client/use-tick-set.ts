"use client";
// A set of ticks (checklist items) where each tick saves at once: optimistic and per key, so
// concurrent ticks never overwrite each other, with a "saving" flag for a status line. Saves
// use keepalive so that a tick made just before leaving or reloading the page still lands.
import { useState } from "react";
import type { ApiResult } from "./api";

type TickSave = (key: string, on: boolean) => Promise<ApiResult<unknown>>;

export function useTickSet(initial: readonly string[], save: TickSave) {
  const [checked, setChecked] = useState(() => new Set(initial));
  const [pending, setPending] = useState(0);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const apply = (key: string, on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  async function toggle(key: string, on: boolean) {
    apply(key, on);
    setError(null);
    setTouched(true);
    setPending((n) => n + 1);
    const res = await save(key, on);
    setPending((n) => n - 1);
    if (!res.ok) {
      apply(key, !on);
      setError(`Could not save that tick: ${res.error.message}`);
    }
  }

  /** "Saving…", "All ticks saved." or nothing before the first tick. */
  const status = pending > 0 ? "Saving…" : touched && !error ? "All ticks saved." : "";
  return { checked, toggle, error, status };
}
