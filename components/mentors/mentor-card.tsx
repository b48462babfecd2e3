"use client";
// One of the candidate's mentors: what they may see (saved at once) and ending the mentorship.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { api } from "@/lib/client/api";
import { type MentorshipView } from "@/lib/mentors/mentorships";
import { type Scopes } from "@/lib/mentors/scopes";
import { day } from "./format";
import { ScopeCheckboxes } from "./scope-checkboxes";

export function MentorCard({ m }: { m: MentorshipView }) {
  const router = useRouter();
  const [scopes, setScopes] = useState<Scopes>(m.scopes);
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle(key: keyof Scopes, on: boolean) {
    const before = scopes;
    setScopes({ ...scopes, [key]: on });
    setBusy(true);
    const res = await api<{ mentorship: MentorshipView }>(`/api/mentorships/${m.id}`, {
      method: "PATCH",
      body: { [key]: on },
    });
    setBusy(false);
    if (!res.ok) {
      setScopes(before);
      setStatus({ tone: "error", text: res.error.message });
      return;
    }
    setScopes(res.data.mentorship.scopes);
    setStatus({
      tone: "success",
      text: `Saved: ${m.mentor.name} ${on ? "can now see" : "no longer sees"} that.`,
    });
  }

  async function end() {
    const res = await api(`/api/mentorships/${m.id}`, { method: "DELETE" });
    if (!res.ok) return res.error.message;
    router.refresh();
  }

  return (
    <section
      aria-labelledby={`mentor-${m.id}`}
      className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <h3 id={`mentor-${m.id}`} className="text-lg font-semibold">
        {m.mentor.name}
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">Your mentor since {day(m.startedAt)}</p>
      <div className="mt-4">
        <ScopeCheckboxes
          legend={`What ${m.mentor.name} can see`}
          value={scopes}
          onChange={(k, on) => void toggle(k, on)}
          disabled={busy}
        />
      </div>
      <div className="mt-3 min-h-6">{status && <Alert tone={status.tone}>{status.text}</Alert>}</div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <ConfirmDelete
          trigger="End mentorship"
          triggerVariant="secondary"
          groupLabel="Confirm ending the mentorship"
          question={`End it? ${m.mentor.name} loses access to everything at once.`}
          confirm="Yes, end the mentorship"
          cancel="Keep it"
          onConfirm={end}
        />
      </div>
    </section>
  );
}
