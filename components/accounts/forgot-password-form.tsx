"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export function ForgotPasswordForm() {
  const { field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/security-schema").then((m) => m.resetRequestSchema),
    defaultValues: { email: "" },
    request: (values) => api<{ message: string }>("/api/password-reset", { body: values }),
    onSuccess: (data) => data.message,
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
