"use client";

// The sign-in form's markup, drawn the same by the first paint (sign-in-form.tsx, plain inputs)
// and by the interactive form (sign-in-form-live.tsx, useApiForm). It posts (method="post"): a
// submit made before the scripts run never puts the password in the URL.
import type { ComponentProps } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type Bind = (name: "email" | "password") => Omit<ComponentProps<typeof TextField>, "label">;

/** The form's markup, drawn the same by the first paint and by the interactive form. */
export function SignInFormBody({
  formRef,
  onSubmit,
  field,
  message,
  busy,
}: {
  formRef?: ComponentProps<"form">["ref"];
  onSubmit?: ComponentProps<"form">["onSubmit"];
  field: Bind;
  message: { tone: "error" | "success"; text: string } | null;
  busy: boolean;
}) {
  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" required {...field("password")} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
