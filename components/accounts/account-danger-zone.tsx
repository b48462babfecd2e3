"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInWithNotice } from "@/lib/accounts/notices";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

export function AccountDangerZone({ hasPassword }: { hasPassword: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { form, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.deleteAccountSchema),
    defaultValues: hasPassword ? { password: "" } : { email: "" },
    request: (values) => api("/api/account", { method: "DELETE", body: values }),
    onSuccess: async () => {
      await signOut({ callbackUrl: signInWithNotice("deleted") });
    },
  });
  const { errors } = form.formState;
  const name = hasPassword ? "password" : "email";

  return (
    <div className="space-y-4">
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
        <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="space-y-3 rounded-md border border-red-300 p-4 dark:border-red-800">
          {message && <Alert tone={message.tone}>{message.text}</Alert>}
          <p className="text-sm">
            This deletes your account and everything in it: answers, scores, questions, offers and plans. It cannot be
            undone. Download your data first if you want to keep it.
          </p>
          <TextField
            label={hasPassword ? "Your password" : "Your account's email"}
            type={hasPassword ? "password" : "email"}
            autoComplete={hasPassword ? "current-password" : "email"}
            error={errors[name]?.message}
            {...form.register(name)}
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
