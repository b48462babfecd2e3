"use client";

// The interactive sign-in form (useApiForm), loaded on the form's first use by SignInForm.
import { useRouter } from "next/navigation";
import type { ApiResult } from "@/lib/client/api";
import type { Typed } from "@/lib/client/form-on-first-use";
import { signInWithPassword } from "@/lib/client/sign-in";
import { useApiForm } from "@/lib/client/use-api-form";
import { safeNext } from "@/lib/safe-path";
import { SignInFormBody } from "./sign-in-form-body";

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

export function SignInFormLive({ next, typed }: { next: string } & Typed) {
  const router = useRouter();
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.signInSchema),
    defaultValues: { email: typed.email ?? "", password: typed.password ?? "" },
    request: (values) => signIn(values.email, values.password),
    onSuccess: () => {
      router.replace(safeNext(next));
      router.refresh();
    },
  });

  return (
    <SignInFormBody
      formRef={formRef}
      onSubmit={onSubmit}
      field={field}
      message={message}
      busy={busy || form.formState.isSubmitSuccessful}
    />
  );
}
