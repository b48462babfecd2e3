"use client";
// React binding of the autosave engine (lib/client/autosaver.ts): one Autosaver per
// document id, subscribed with useSyncExternalStore; saves on visibilitychange/pagehide and
// retries when the connection returns.
import { useEffect, useState, useSyncExternalStore } from "react";
import { Autosaver, type AutosaverOptions } from "./autosaver";

export type { AutosaveStatus } from "./autosaver";

export function useAutosave<T>(opts: AutosaverOptions<T>) {
  // Created once per mount; options other than the initial ones are read at call time.
  const [saver] = useState(() => new Autosaver<T>(opts));
  const snap = useSyncExternalStore(saver.subscribe, saver.getSnapshot, saver.getSnapshot);

  useEffect(() => {
    saver.reconcile();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") saver.flushOnLeave();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", saver.flushOnLeave);
    window.addEventListener("online", saver.retry);
    const retry = setInterval(() => {
      if (saver.getSnapshot().status === "offline") saver.retry();
    }, 5000);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", saver.flushOnLeave);
      window.removeEventListener("online", saver.retry);
      clearInterval(retry);
    };
  }, [saver]);

  useEffect(() => () => saver.dispose(), [saver]);

  return {
    ...snap,
    setValue: saver.setValue,
    loadTheirs: saver.loadTheirs,
    keepMine: saver.keepMine,
    flushNow: saver.flush,
    version: () => saver.currentVersion(),
    disable: () => saver.disable(),
  };
}
