"use client";

// The sign-in form's first paint: its markup with plain inputs, no react-hook-form. The
// interactive form (sign-in-form-live.tsx, useApiForm) loads on the form's first focus or
// pointer-down and takes over what was typed (lib/client/form-on-first-use.tsx).
import { FormOnFirstUse, plainField } from "@/lib/client/form-on-first-use";
import { SignInFormBody } from "./sign-in-form-body";

export function SignInForm({ next }: { next: string }) {
  return (
    <FormOnFirstUse
      load={() => import("./sign-in-form-live").then((m) => m.SignInFormLive)}
      props={{ next }}
      shell={({ busy, error }) => (
        <SignInFormBody field={plainField} busy={busy} message={error ? { tone: "error", text: error } : null} />
      )}
    />
  );
}
