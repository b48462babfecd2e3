"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/accounts/options";
import { changePasswordSchema } from "@/lib/accounts/security-schema";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

/** What the form says after a change: how many other sessions were signed out. */
function passwordChangedMessage(endedSessions: number) {
  const n = endedSessions;
  return `Password changed. ${n === 0 ? "No other device was signed in." : `${n} other session${n === 1 ? "" : "s"} signed out.`}`;
}

/** Change password: the current one is required; every other device is signed out. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { form, message, onSubmit, busy } = useApiForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "" },
    request: (values) => api<{ endedSessions: number }>("/api/account/password", { body: values }),
    onSuccess: (data) => {
      form.reset();
      onChanged?.();
      return passwordChangedMessage(data.endedSessions);
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters. Your other devices will be signed out.`}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <Button type="submit" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
