"use client";
import { Button } from "@/components/ui/button";
import { type AutosaveStatus } from "@/lib/client/use-autosave";

const TEXT: Record<AutosaveStatus, string> = {
  saved: "All changes saved",
  pending: "Unsaved changes…",
  saving: "Saving…",
  offline: "Offline — kept in this browser",
  conflict: "Not saved: changed elsewhere",
  error: "Not saved",
};

/** The autosave state, announced politely to screen readers. */
export function SaveStatus({ status, message, savedAt }: { status: AutosaveStatus; message: string | null; savedAt: Date | null }) {
  const bad = status === "error" || status === "offline";
  return (
    <p role="status" className={`text-sm ${bad ? "text-red-700 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}>
      {TEXT[status]}
      {status === "saved" && savedAt ? ` at ${savedAt.toLocaleTimeString()}` : ""}
      {status === "error" && message ? `: ${message}` : ""}
    </p>
  );
}

/** A save that lost to another tab or device: load the saved version, or keep this text and save over it. */
export function SaveConflict({ message, onLoadTheirs, onKeepMine }: { message: string | null; onLoadTheirs: () => void; onKeepMine: () => void }) {
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
      <p>{message}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onLoadTheirs}>
          Load the saved version
        </Button>
        <Button variant="secondary" onClick={onKeepMine}>
          Keep my text
        </Button>
      </div>
    </div>
  );
}
