"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a value; says so in a live region (and falls back to selecting it by hand). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [done, setDone] = useState<"copied" | "failed" | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        className="px-3 py-1"
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => setDone("copied"),
            () => setDone("failed"),
          );
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {done === "copied" ? "Copied." : done === "failed" ? "Copy it by hand: select the text." : ""}
      </span>
    </span>
  );
}
