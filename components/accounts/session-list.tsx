"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import type { SessionView } from "@/lib/accounts/sessions";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/** The account's signed-in devices; sign out one, all others, or all. */
export function SessionList({ sessions, isDemo }: { sessions: SessionView[]; isDemo: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const others = sessions.filter((s) => !s.current).length;

  async function run(path: string, endsThisOne: boolean) {
    setBusy(true);
    setError(null);
    const res = await api(path, { method: "DELETE" });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    if (endsThisOne) return signOut({ callbackUrl: "/sign-in" });
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      {isDemo && (
        <Alert tone="info">
          The demo account is shared by everyone trying PrepLoop: you see only your own session, and other visitors
          cannot be signed out.
        </Alert>
      )}
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="text-sm">
              <p className="font-medium">
                {s.device}
                {s.current && (
                  <span className="ml-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200">
                    This device
                  </span>
                )}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {s.address ?? "Address unknown"} · signed in {when(s.createdAt)} · last seen {when(s.lastSeenAt)}
              </p>
            </div>
            <Button
              variant="ghost"
              disabled={busy}
              aria-label={s.current ? "Sign out this device" : `Sign out ${s.device} (last seen ${when(s.lastSeenAt)})`}
              onClick={() => void run(`/api/account/sessions/${encodeURIComponent(s.id)}`, s.current)}
            >
              Sign out
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" disabled={busy || others === 0} onClick={() => void run("/api/account/sessions?scope=others", false)}>
          Sign out all other devices
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void run("/api/account/sessions?scope=all", true)}>
          Sign out on every device
        </Button>
      </div>
    </div>
  );
}
