"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { Button } from "./button";

type Variant = "secondary" | "danger" | "ghost";

/**
 * The one "are you sure?" step before a destructive action (delete a story, question, interview or
 * offer; end a mentorship). The trigger opens an inline confirmation group with the focus on its
 * confirm button; Cancel closes it and gives the focus back to the trigger, so it never drops to
 * <body>. `onConfirm` answers an error message to show (the group stays open, focus on confirm) or
 * nothing when it worked: the caller then navigates or refreshes, and the buttons stay disabled
 * until it does.
 */
export function ConfirmDelete({
  trigger,
  triggerLabel,
  triggerVariant = "ghost",
  question,
  confirm = "Yes, delete",
  cancel = "Cancel",
  groupLabel = "Confirm deletion",
  onConfirm,
  compact = false,
}: {
  /** The visible text of the button that opens the confirmation. */
  trigger: string;
  /** Its accessible name when the text alone is ambiguous ("Delete the assessment of 2026-01-05"). */
  triggerLabel?: string;
  triggerVariant?: Variant;
  question: ReactNode;
  confirm?: string;
  cancel?: string;
  groupLabel?: string;
  onConfirm: () => Promise<string | null | undefined | void>;
  /** Small buttons, for a table row. */
  compact?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Focus follows the step: the confirm button when the group opens, the trigger when it closes.
  const focusNext = useRef<"confirm" | "trigger" | null>(null);

  useEffect(() => {
    const target = focusNext.current === "confirm" ? confirmRef.current : focusNext.current === "trigger" ? triggerRef.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const size = compact ? "px-2 py-1" : "";

  if (!open) {
    return (
      <Button
        ref={triggerRef}
        variant={triggerVariant}
        className={size}
        aria-label={triggerLabel}
        onClick={() => {
          setError(null);
          focusNext.current = "confirm";
          setOpen(true);
        }}
      >
        {trigger}
      </Button>
    );
  }

  async function run() {
    setBusy(true);
    setError(null);
    const message = await onConfirm();
    if (message) {
      setBusy(false);
      setError(message);
      focusNext.current = "confirm";
    }
  }

  return (
    <span role="group" aria-label={groupLabel} className="inline-flex flex-wrap items-center gap-2">
      <span className={compact ? "text-xs" : "text-sm"}>{question}</span>
      <Button ref={confirmRef} variant="danger" className={size} disabled={busy} onClick={() => void run()}>
        {confirm}
      </Button>
      <Button
        variant={triggerVariant === "danger" ? "secondary" : "ghost"}
        className={size}
        disabled={busy}
        onClick={() => {
          focusNext.current = "trigger";
          setOpen(false);
        }}
      >
        {cancel}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
