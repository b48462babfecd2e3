"use client";

import { useState } from "react";
import { signOutTo } from "@/lib/client/sign-out";

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        // On success the page is replaced; on failure the button is usable again.
        if (!(await signOutTo("/"))) setBusy(false);
      }}
      className="rounded-md px-3 py-1.5 text-sm whitespace-nowrap text-slate-600 hover:bg-slate-200 disabled:opacity-60 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      Sign out
    </button>
  );
}
