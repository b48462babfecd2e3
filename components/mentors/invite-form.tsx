"use client";
// Makes an invitation and shows its link and code once, with copy buttons.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { INVITATION_DEFAULT_DAYS } from "@/lib/mentors/data/settings";
import { type Scopes } from "@/lib/mentors/scopes";
import { CopyButton } from "./copy-button";
import { when } from "./format";
import { ScopeCheckboxes } from "./scope-checkboxes";

type Created = { invitation: { id: string; expiresAt: string }; path: string; code: string };

const DEFAULT: Scopes = { attempts: true, mocks: true, progress: true, offers: false, plan: false };

const EXPIRY_OPTIONS = [1, 3, 7, 14, 30].map((d) => ({ value: d, label: `${d} ${d === 1 ? "day" : "days"}` }));

/** One shown-once value (the link or the code): its name, the value and a copy button. */
function CopyableValue({ term, value, copyLabel, testId, className }: { term: string; value: string; copyLabel: string; testId: string; className: string }) {
  return (
    <div>
      <dt className="font-medium">{term}</dt>
      <dd className="mt-1 flex flex-wrap items-center gap-2">
        <code data-testid={testId} className={`rounded bg-white px-2 py-1 dark:bg-slate-900 ${className}`}>
          {value}
        </code>
        <CopyButton value={value} label={copyLabel} />
      </dd>
    </div>
  );
}

export function InviteForm() {
  const router = useRouter();
  const [created, setCreated] = useState<(Created & { link: string }) | null>(null);
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/mentors/schema").then((m) => m.invitationCreateSchema),
    defaultValues: { scopes: DEFAULT, label: "", expiresInDays: INVITATION_DEFAULT_DAYS },
    request: (values) => api<Created>("/api/mentors/invitations", { body: values }),
    onSuccess: (data) => {
      setCreated({ ...data, link: `${window.location.origin}${data.path}` });
      router.refresh();
    },
  });
  const scopes = form.watch("scopes");

  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label="Invite a mentor" noValidate>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <ScopeCheckboxes
          legend="What your mentor will see"
          value={scopes}
          onChange={(k, on) => form.setValue("scopes", { ...scopes, [k]: on })}
        />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          You can change this for each mentor later, or share single items by asking for a review.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Note for yourself (optional)" maxLength={100} placeholder="e.g. Ana from the meetup" {...field("label")} />
          <SelectField label="Expires after" options={EXPIRY_OPTIONS} {...field("expiresInDays", { setValueAs: (v: unknown) => Number(v) })} />
        </div>
        <FormActions busy={busy} busyLabel="Creating…" submitLabel="Create invitation" />
      </form>
      {created && (
        <section
          aria-labelledby="new-invitation"
          className="rounded-md border border-green-300 bg-green-50 p-4 text-sm dark:border-green-800 dark:bg-green-950"
        >
          <h3 id="new-invitation" className="font-semibold text-green-900 dark:text-green-100">
            Invitation ready: send the link or the code
          </h3>
          <p className="mt-1 text-green-900 dark:text-green-100">
            They can be used once, until {when(created.invitation.expiresAt)}. This is the only time they are
            shown.
          </p>
          <dl className="mt-3 space-y-3">
            <CopyableValue term="Link" value={created.link} copyLabel="Copy link" testId="invitation-link" className="break-all" />
            <CopyableValue
              term={`Code (enter it at ${typeof window === "undefined" ? "" : window.location.origin}/invite)`}
              value={created.code}
              copyLabel="Copy code"
              testId="invitation-code"
              className="text-base tracking-widest"
            />
          </dl>
        </section>
      )}
    </div>
  );
}
