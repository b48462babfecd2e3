"use client";

import { Button } from "@/components/ui/button";

/** Shown on 409: the document changed elsewhere. Offers to reload or to overwrite with this version. */
export function ConflictAlert({
  onReload,
  onOverwrite,
  what,
}: {
  onReload: () => void;
  onOverwrite: () => void;
  what: string;
}) {
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{what} was changed in another tab or device since you opened it.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onReload}>
          Reload the latest version
        </Button>
        <Button variant="secondary" onClick={onOverwrite}>
          Overwrite with my changes
        </Button>
      </div>
    </div>
  );
}
