"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/accounts/options";
import { api } from "@/lib/client/api";
import { signInWithPassword } from "@/lib/client/sign-in";
import { HOME_PATH } from "@/lib/navigation";
import { safeNext } from "@/lib/safe-path";

export function SignUpForm({ next = HOME_PATH }: { next?: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      displayName: String(form.get("displayName") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setBusy(true);
    setError(null);
    setFields({});
    const res = await api<{ user: { id: string } }>("/api/accounts", { body: input });
    if (!res.ok) {
      setBusy(false);
      setFields(res.error.fields);
      setError(res.error.message);
      return;
    }
    const signedIn = await signInWithPassword(input.email, input.password);
    if (!signedIn.ok) {
      setBusy(false);
      setError(`Your account was created, but signing in failed: ${signedIn.message}`);
      return;
    }
    router.replace(safeNext(next));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <TextField label="Your name" name="displayName" autoComplete="name" required error={fields.displayName} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fields.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        error={fields.password}
        hint={`At least ${PASSWORD_MIN} characters. A passphrase of several words works well.`}
      />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
