"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";

export function ForgotPasswordForm() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get("email") ?? "");
    setBusy(true);
    setMessage(null);
    setFields({});
    const res = await api<{ message: string }>("/api/password-reset", { body: { email } });
    setBusy(false);
    if (res.ok) return setMessage({ tone: "success", text: res.data.message });
    setFields(res.error.fields);
    if (!Object.keys(res.error.fields).length) setMessage({ tone: "error", text: res.error.message });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={fields.email} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
