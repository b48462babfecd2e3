"use client";
// Invite one of your mentors to a live mock: a template, a date and time read in your own time
// zone, a length and a note. The API stores the instant; each side sees it in their own zone.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { zonedToUtc } from "@/lib/live/time";

type Option = { id: string; label: string };

const choices = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));

export function ScheduleLiveForm({
  mentors,
  templates,
  timeZone,
  defaultLocal,
}: {
  mentors: Option[];
  templates: Option[];
  timeZone: string;
  defaultLocal: string;
}) {
  const router = useRouter();
  const [mentorshipId, setMentorship] = useState(mentors[0]?.id ?? "");
  const [templateId, setTemplate] = useState(templates[0]?.id ?? "");
  const [when, setWhen] = useState(defaultLocal);
  const [durationMinutes, setDuration] = useState("60");
  const [note, setNote] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (mentors.length === 0) {
    return <Alert tone="info">Invite a mentor first (Mentors page): a live mock is run by one of your mentors.</Alert>;
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const at = zonedToUtc(when, timeZone);
    if (!at) {
      setFields({ scheduledAt: "Choose a date and a time." });
      return;
    }
    setBusy(true);
    setMessage(null);
    const res = await api<{ liveMock: { id: string } }>("/api/live", {
      method: "POST",
      body: { mentorshipId, templateId, scheduledAt: at.toISOString(), durationMinutes: Number(durationMinutes), note },
    });
    setBusy(false);
    if (res.ok) {
      router.push(`/live/${res.data.liveMock.id}`);
      return;
    }
    setFields(res.error.fields);
    setMessage(res.error.message);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4" aria-label="Schedule a live mock interview" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Interviewer"
          options={choices(mentors)}
          value={mentorshipId}
          onChange={(e) => setMentorship(e.target.value)}
          error={fields.mentorshipId}
        />
        <SelectField label="Format" options={choices(templates)} value={templateId} onChange={(e) => setTemplate(e.target.value)} error={fields.templateId} />
        <TextField
          label="Date and time"
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          error={fields.scheduledAt}
          hint={`In your time zone (${timeZone}); your mentor sees it in theirs.`}
        />
        <TextField
          label="Length (minutes)"
          type="number"
          min={15}
          max={240}
          value={durationMinutes}
          onChange={(e) => setDuration(e.target.value)}
          error={fields.durationMinutes}
        />
      </div>
      <TextAreaField label="Note for your mentor (optional)" rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={fields.note} />
      {message && <Alert tone="error">{message}</Alert>}
      <FormActions busy={busy} busyLabel="Scheduling…" submitLabel="Invite to a live mock" />
    </form>
  );
}
