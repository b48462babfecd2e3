"use client";
// Accepts by link token (a button) or by code (a form); then opens the new mentee's page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

type Accepted = { mentorship: { candidateId: string } };

export function AcceptInvitation({ token, candidateName }: { token: string; candidateName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function accept() {
    setBusy(true);
    setError(null);
    const res = await api<Accepted>("/api/invitations/accept", { body: { token } });
    if (!res.ok) {
      setBusy(false);
      return setError(res.error.message);
    }
    router.replace(`/mentoring/${res.data.mentorship.candidateId}`);
  }
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button onClick={() => void accept()} disabled={busy}>
        {busy ? "Accepting…" : `Accept and mentor ${candidateName}`}
      </Button>
    </div>
  );
}

export function AcceptCodeForm() {
  const router = useRouter();
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/mentors/schema").then((m) => m.acceptCodeSchema),
    defaultValues: { code: "" },
    request: (values) => api<Accepted>("/api/invitations/accept", { body: values }),
    onSuccess: (data) => router.replace(`/mentoring/${data.mentorship.candidateId}`),
  });
  const { errors, isSubmitSuccessful } = form.formState;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label="Enter an invitation code" noValidate>
      {message && !errors.code && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField
        label="Invitation code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-EF23"
        required
        hint="8 letters and digits; dashes and spaces do not matter."
        {...field("code")}
      />
      <Button type="submit" disabled={busy || isSubmitSuccessful}>
        {busy || isSubmitSuccessful ? "Checking…" : "Accept invitation"}
      </Button>
    </form>
  );
}
