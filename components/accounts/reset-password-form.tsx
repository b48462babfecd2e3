"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { NewPasswordField } from "./new-password-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [badLink, setBadLink] = useState(false);
  const { field, message, formRef, onSubmit, busy } = useApiForm({
    // The form holds the new password; the token comes from the link and is sent with it.
    schema: () => import("@/lib/accounts/security-schema").then((m) => m.resetConfirmSchema.pick({ password: true })),
    defaultValues: { password: "" },
    request: (values) => api("/api/password-reset/confirm", { body: { token, password: values.password } }),
    onSuccess: () => setDone(true),
    onError: (error) => {
      setBadLink(error.code === "invalid_token" || "token" in error.fields);
      return undefined;
    },
  });

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
    <form ref={formRef} method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && (
        <Alert tone={message.tone}>
          {message.text}{" "}
          {badLink && (
            <Link href="/forgot-password" className="font-medium underline">
              Ask for a new link
            </Link>
          )}
        </Alert>
      )}
      <NewPasswordField {...field("password")} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
