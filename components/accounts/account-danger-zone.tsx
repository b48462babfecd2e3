"use client";

import { signOut } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";

export function AccountDangerZone({ hasPassword }: { hasPassword: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onDelete(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get("confirm") ?? "");
    setBusy(true);
    setError(null);
    const res = await api("/api/account", { method: "DELETE", body: hasPassword ? { password: value } : { email: value } });
    setBusy(false);
    if (!res.ok) return setError(Object.values(res.error.fields)[0] ?? res.error.message);
    await signOut({ callbackUrl: "/" });
  }

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-wrap gap-3">
        <a href="/api/account/export" download className={buttonClass("secondary")}>
          Download all my data (JSON)
        </a>
        {!confirming && (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete my account…
          </Button>
        )}
      </div>
      {confirming && (
        <form onSubmit={onDelete} className="space-y-3 rounded-md border border-red-300 p-4 dark:border-red-800">
          <p className="text-sm">
            This deletes your account and everything in it: answers, scores, questions, offers and plans. It cannot be
            undone. Download your data first if you want to keep it.
          </p>
          <TextField
            label={hasPassword ? "Your password" : "Your account's email"}
            name="confirm"
            type={hasPassword ? "password" : "email"}
            autoComplete={hasPassword ? "current-password" : "email"}
          />
          <div className="flex gap-3">
            <Button type="submit" variant="danger" disabled={busy}>
              {busy ? "Deleting…" : "Delete my account for good"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
