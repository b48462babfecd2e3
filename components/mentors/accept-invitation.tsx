"use client";
// Accepts by link token (a button) or by code (a form); then opens the new mentee's page.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";

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
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get("code") ?? "");
    setBusy(true);
    setError(null);
    const res = await api<Accepted>("/api/invitations/accept", { body: { code } });
    if (!res.ok) {
      setBusy(false);
      return setError({ field: res.error.fields.code, message: res.error.message });
    }
    router.replace(`/mentoring/${res.data.mentorship.candidateId}`);
  }
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="space-y-4"
      aria-label="Enter an invitation code"
      noValidate
    >
      {error && !error.field && <Alert tone="error">{error.message}</Alert>}
      <TextField
        label="Invitation code"
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-EF23"
        required
        error={error?.field}
        hint="8 letters and digits; dashes and spaces do not matter."
      />
      <Button type="submit" disabled={busy}>
        {busy ? "Checking…" : "Accept invitation"}
      </Button>
    </form>
  );
}
