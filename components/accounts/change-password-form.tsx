"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/accounts/options";
import { api } from "@/lib/client/api";

/** Change password: the current one is required; every other device is signed out. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    setBusy(true);
    setMessage(null);
    setFields({});
    const res = await api<{ endedSessions: number }>("/api/account/password", {
      body: { currentPassword: String(f.get("currentPassword") ?? ""), newPassword: String(f.get("newPassword") ?? "") },
    });
    setBusy(false);
    if (res.ok) {
      form.reset();
      const n = res.data.endedSessions;
      setMessage({
        tone: "success",
        text: `Password changed. ${n === 0 ? "No other device was signed in." : `${n} other session${n === 1 ? "" : "s"} signed out.`}`,
      });
      onChanged?.();
    } else {
      setFields(res.error.fields);
      setMessage({ tone: "error", text: Object.keys(res.error.fields).length ? "Check the fields below." : res.error.message });
    }
  }

  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fields.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters. Your other devices will be signed out.`}
        error={fields.newPassword}
      />
      <Button type="submit" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
