"use client";
import { clsx } from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { TickList } from "@/components/ui/tick-list";
import { Button } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SelectField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { useTickSet } from "@/lib/client/use-tick-set";
import { type ChecklistProgress } from "@/lib/practice/checklist-progress";

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

type Group = { phase: string; title: string; items: { key: string; label: string }[] };

export function InterviewChecklist({ interviewId, groups, initialChecked }: { interviewId: string; groups: Group[]; initialChecked: string[] }) {
  const { checked, toggle, error, status } = useTickSet(initialChecked, (itemKey, on) =>
    api(`/api/practice/interviews/${interviewId}/checks`, { method: "PUT", body: { itemKey, checked: on }, keepalive: true }),
  );
  const total = groups.reduce((a, g) => a + g.items.length, 0);
  return (
    <div className="space-y-6">
      <ChecklistBar done={checked.size} total={total} label="Checklist progress" />
      <p className="-mt-4 text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
        {status}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className={clsx("grid gap-6", groups.length > 1 && "md:grid-cols-3")}>
        {groups.map((g) => {
          const done = g.items.filter((i) => checked.has(i.key)).length;
          return (
            <fieldset key={g.phase} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <legend className="px-1 font-semibold">
                {g.title} <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({done} of {g.items.length})</span>
              </legend>
              <TickList
                className="mt-2 space-y-2"
                items={g.items.map((i) => ({ key: i.key, text: i.label }))}
                checked={(k) => checked.has(k)}
                onToggle={(k, on) => void toggle(k, on)}
              />
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}

/** A checklist's ticked share: the label and "2 of 9 (22%)" over the one progress bar. */
function ChecklistBar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total === 0 ? 0 : Math.floor((done * 100) / total);
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm">
        <span>{label}</span>
        <span className="tabular-nums">
          {done} of {total} ({pct}%)
        </span>
      </div>
      <ProgressBar label={label} value={done} max={total} valueText={`${done} of ${total}`} />
    </div>
  );
}

export function InterviewList({ interviews }: { interviews: { id: string; company: string; date: string; kind: "REAL" | "MOCK"; progress: ChecklistProgress }[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {interviews.map((i) => (
        <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="font-semibold">
            <Link href={`/practice/interviews/${i.id}`} prefetch={false} className="hover:underline">
              {i.company}
            </Link>
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
