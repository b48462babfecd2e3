import { type ReactNode } from "react";

/** A horizontally scrollable region (wide tables on phones), reachable and scrollable by keyboard. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto">
      {children}
    </div>
  );
}
