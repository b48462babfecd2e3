"use client";
import { AppLink } from "@/components/ui/app-link";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { SelectField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { type ChecklistProgress } from "@/lib/practice/checklist-progress";
import { ChecklistBar } from "./interview-checklist";

export function NewInterviewForm({ today }: { today: string }) {
  const router = useRouter();
  const { form, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/practice/schema").then((m) => m.interviewCreateSchema),
    defaultValues: { company: "", date: today, kind: "REAL" },
    request: (values) => api<{ interview: { id: string } }>("/api/practice/interviews", { method: "POST", body: values }),
    onSuccess: (data) => router.push(`/practice/interviews/${data.interview.id}`),
  });
  const { errors } = form.formState;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[1fr_11rem_9rem_auto] sm:items-end" aria-label="New interview" noValidate>
      <TextField label="Company" error={errors.company?.message} maxLength={120} required {...form.register("company")} />
      <TextField label="Date" type="date" error={errors.date?.message} required {...form.register("date")} />
      <SelectField label="Kind" error={errors.kind?.message} {...form.register("kind")}>
        <option value="REAL">Real</option>
        <option value="MOCK">Mock</option>
      </SelectField>
      <Button type="submit" disabled={busy}>
        {busy ? "Adding…" : "Add interview"}
      </Button>
      {message && (
        <div className="sm:col-span-4">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
    </form>
  );
}

// The checklist has its own module (no form library in it): the mock report shows it (decision 0025, Session 9).
export { InterviewChecklist } from "./interview-checklist";

export function InterviewList({ interviews }: { interviews: { id: string; company: string; date: string; kind: "REAL" | "MOCK"; progress: ChecklistProgress }[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {interviews.map((i) => (
        <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="font-semibold">
            <AppLink href={`/practice/interviews/${i.id}`} className="hover:underline">
              {i.company}
            </AppLink>
          </h3>
          <p className="mb-2 text-xs text-slate-500 dark:text-slate-400">
            <time dateTime={i.date}>{i.date}</time> · {i.kind === "REAL" ? "Real interview" : "Mock interview"}
          </p>
          <ChecklistBar done={i.progress.done} total={i.progress.total} label={`Checklist for ${i.company}`} />
        </li>
      ))}
    </ul>
  );
}

export function DeleteInterviewButton({ interviewId }: { interviewId: string }) {
  const router = useRouter();
  return (
    <ConfirmDelete
      trigger="Delete"
      question="Delete this interview and its ticks?"
      onConfirm={async () => {
        const res = await api(`/api/practice/interviews/${interviewId}`, { method: "DELETE" });
        if (!res.ok) return res.error.message;
        router.push("/practice/interviews");
        router.refresh();
      }}
    />
  );
}
