"use client";

import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { NewPasswordField } from "./new-password-field";

/** What the form says after a change: how many other sessions were signed out. */
function passwordChangedMessage(endedSessions: number) {
  const n = endedSessions;
  return `Password changed. ${n === 0 ? "No other device was signed in." : `${n} other session${n === 1 ? "" : "s"} signed out.`}`;
}

/** Change password: the current one is required; every other device is signed out. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/security-schema").then((m) => m.changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
    request: (values) => api<{ endedSessions: number }>("/api/account/password", { body: values }),
    onSuccess: (data) => {
      form.reset();
      onChanged?.();
      return passwordChangedMessage(data.endedSessions);
    },
  });

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Current password" type="password" autoComplete="current-password" required {...field("currentPassword")} />
      <NewPasswordField note="Your other devices will be signed out." {...field("newPassword")} />
      <FormActions busy={busy} busyLabel="Changing…" submitLabel="Change password" />
    </form>
  );
}
