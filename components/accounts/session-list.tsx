"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { endedOthers, signInWithNotice } from "@/lib/accounts/notices";
import type { SessionView } from "@/lib/accounts/sessions";

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" });

/** The account's signed-in devices; sign out one, all others, or all. */
export function SessionList({ sessions, isDemo }: { sessions: SessionView[]; isDemo: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const others = sessions.filter((s) => !s.current).length;

  async function run(path: string, endsThisOne: boolean, done?: (ended: number) => string) {
    setBusy(true);
    setMessage(null);
    const res = await api<{ ended: number }>(path, { method: "DELETE" });
    setBusy(false);
    setConfirmingAll(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    if (endsThisOne) return signOut({ callbackUrl: signInWithNotice("signed-out-everywhere") });
    if (done) setMessage({ tone: "success", text: done(res.data.ended) });
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
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
              onClick={() =>
                void run(`/api/account/sessions/${encodeURIComponent(s.id)}`, s.current, () => `Signed out ${s.device}.`)
              }
            >
              Sign out
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          disabled={busy || others === 0}
          onClick={() => void run("/api/account/sessions?scope=others", false, endedOthers)}
        >
          Sign out all other devices
        </Button>
        {!confirmingAll && (
          <Button variant="secondary" disabled={busy} onClick={() => setConfirmingAll(true)}>
            Sign out on every device
          </Button>
        )}
      </div>
      {confirmingAll && (
        <div role="group" aria-labelledby="sign-out-all-question" className="space-y-3 rounded-md border border-amber-300 p-4 dark:border-amber-800">
          <p id="sign-out-all-question" className="text-sm">
            Sign out on every device, this one included? You will need your password (or provider) to sign in again.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button variant="danger" disabled={busy} onClick={() => void run("/api/account/sessions?scope=all", true)}>
              {busy ? "Signing out…" : "Yes, sign out everywhere"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirmingAll(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
