"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ApiResult } from "@/lib/client/api";
import { signInWithPassword } from "@/lib/client/sign-in";
import { useApiForm } from "@/lib/client/use-api-form";
import { safeNext } from "@/lib/safe-path";

/** next-auth's credentials answer in the API's result shape, so the form follows the one pattern. */
async function signIn(email: string, password: string): Promise<ApiResult<null>> {
  const result = await signInWithPassword(email, password);
  if (result.ok) return { ok: true, data: null };
  return {
    ok: false,
    error: {
      status: result.retryAfter ? 429 : 401,
      code: result.retryAfter ? "too_many_attempts" : "invalid_credentials",
      message: result.message,
      fields: {},
      retryAfter: result.retryAfter,
    },
  };
}

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { form, field, message, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.signInSchema),
    defaultValues: { email: "", password: "" },
    request: (values) => signIn(values.email, values.password),
    onSuccess: () => {
      router.replace(safeNext(next));
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" required {...field("password")} />
      <Button type="submit" disabled={busy || form.formState.isSubmitSuccessful} className="w-full">
        {busy || form.formState.isSubmitSuccessful ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
