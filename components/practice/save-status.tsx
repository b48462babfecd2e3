"use client";
import { type AutosaveStatus } from "@/lib/practice/use-autosave";

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
