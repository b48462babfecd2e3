"use client";
// Cancel a scheduled live mock (either side), with the answer shown in place.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";

export function CancelLiveButton({ id }: { id: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void api(`/api/live/${id}/cancel`, { method: "POST", body: {} }).then((res) => {
            setBusy(false);
            if (res.ok) router.refresh();
            else setError(res.error.message);
          });
        }}
      >
        Cancel
      </Button>
      {error && <span className="text-sm text-red-600 dark:text-red-400">{error}</span>}
    </span>
  );
}
