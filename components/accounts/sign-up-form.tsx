"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { signInWithPassword } from "@/lib/client/sign-in";
import { useApiForm } from "@/lib/client/use-api-form";
import { HOME_PATH } from "@/lib/navigation";
import { safeNext } from "@/lib/safe-path";
import { NewPasswordField } from "./new-password-field";

export function SignUpForm({ next = HOME_PATH }: { next?: string }) {
  const router = useRouter();
  const { field, message, setMessage, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.signUpSchema),
    defaultValues: { displayName: "", email: "", password: "" },
    request: (values) => api<{ user: { id: string } }>("/api/accounts", { body: values }),
    onSuccess: async (_data, values) => {
      const signedIn = await signInWithPassword(values.email, values.password);
      if (!signedIn.ok) {
        setMessage({ tone: "error", text: `Your account was created, but signing in failed: ${signedIn.message}` });
        return;
      }
      router.replace(safeNext(next));
      router.refresh();
    },
    onError: (error) => (error.code === "email_taken" ? "An account with this email already exists. Sign in instead." : undefined),
  });

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Your name" autoComplete="name" required {...field("displayName")} />
      <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />
      <NewPasswordField label="Password" note="A passphrase of several words works well." {...field("password")} />
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
