"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/accounts/options";
import { api } from "@/lib/client/api";

export function ResetPasswordForm({ token }: { token: string }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget).get("password") ?? "");
    setBusy(true);
    setError(null);
    setFields({});
    const res = await api("/api/password-reset/confirm", { body: { token, password } });
    setBusy(false);
    if (res.ok) return setDone(true);
    setFields(res.error.fields);
    if (res.error.fields.token || !Object.keys(res.error.fields).length) {
      setError(res.error.fields.token ?? res.error.message);
    }
  }

  if (done) {
    return (
      <Alert tone="success">
        Your password is changed and every device was signed out.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in with your new password
        </Link>
        .
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <Alert tone="error">
          {error}{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Ask for a new link
          </Link>
        </Alert>
      )}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={fields.password}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
