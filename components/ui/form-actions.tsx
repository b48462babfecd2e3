import { clsx } from "clsx";
import { Button } from "./button";

/**
 * A form's buttons: submit (its label while busy, e.g. "Saving…") and, when `onCancel` is given,
 * Cancel beside it.
 */
export function FormActions({
  busy,
  submitLabel,
  busyLabel = "Saving…",
  onCancel,
  cancelVariant = "ghost",
  className,
}: {
  busy: boolean;
  submitLabel: string;
  busyLabel?: string;
  onCancel?: () => void;
  cancelVariant?: "ghost" | "secondary";
  className?: string;
}) {
  return (
    <div className={clsx("flex flex-wrap gap-3", className)}>
      <Button type="submit" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </Button>
      {onCancel && (
        <Button variant={cancelVariant} onClick={onCancel}>
          Cancel
        </Button>
      )}
    </div>
  );
}
