"use client";
// Invite one of your mentors to a live mock: a template, a date and time read in your own time
// zone, a length and a note. The API stores the instant; each side sees it in their own zone.
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { numberOr } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
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
  const { field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/live/schema").then((m) => m.liveScheduleFormSchema),
    defaultValues: {
      mentorshipId: mentors[0]?.id ?? "",
      templateId: templates[0]?.id ?? "",
      scheduledAt: defaultLocal,
      durationMinutes: 60,
      note: "",
    },
    // The schema accepted the date and time, so it reads as an instant.
    request: ({ scheduledAt, ...rest }) =>
      api<{ liveMock: { id: string } }>("/api/live", {
        method: "POST",
        body: { ...rest, scheduledAt: zonedToUtc(scheduledAt, timeZone)!.toISOString() },
      }),
    onSuccess: (data) => router.push(`/live/${data.liveMock.id}`),
  });

  if (mentors.length === 0) {
    return <Alert tone="info">Invite a mentor first (Mentors page): a live mock is run by one of your mentors.</Alert>;
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label="Schedule a live mock interview" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Interviewer" options={choices(mentors)} {...field("mentorshipId")} />
        <SelectField label="Format" options={choices(templates)} {...field("templateId")} />
        <TextField
          label="Date and time"
          type="datetime-local"
          hint={`In your time zone (${timeZone}); your mentor sees it in theirs.`}
          {...field("scheduledAt")}
        />
        <TextField
          label="Length (minutes)"
          type="number"
          min={15}
          max={240}
          {...field("durationMinutes", { setValueAs: numberOr(null) })}
        />
      </div>
      <TextAreaField label="Note for your mentor (optional)" rows={3} {...field("note")} />
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <FormActions busy={busy} busyLabel="Scheduling…" submitLabel="Invite to a live mock" />
    </form>
  );
}
