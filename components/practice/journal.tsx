"use client";
// The reflection journal: dated private entries, free or answering one of the guide's prompts.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { Markdown } from "@/components/ui/markdown";
import { api, type ApiResult } from "@/lib/client/api";
import { orNull } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
import { type JournalEntryView } from "@/lib/practice/journal";
import type { JournalInput } from "@/lib/practice/schema";

type Prompt = { id: string; title: string; prompt: string };

type Draft = { title: string; body: string; entryDate: string; promptId: string | null };

function EntryForm({
  prompts,
  initial,
  submitLabel,
  request,
  onSaved,
  onCancel,
}: {
  prompts: Prompt[];
  initial: Draft;
  submitLabel: string;
  request: (values: JournalInput) => Promise<ApiResult<unknown>>;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/practice/schema").then((m) => m.journalCreateSchema),
    defaultValues: initial,
    request,
    onSuccess: () => onSaved(),
  });
  const prompt = prompts.find((p) => p.id === form.watch("promptId"));
  return (
    <form className="space-y-4" ref={formRef} onSubmit={onSubmit} noValidate>
      <SelectField
        label="Reflection prompt"
        blank="Free entry (no prompt)"
        options={prompts.map((p) => ({ value: p.id, label: p.title }))}
        {...field("promptId", {
          setValueAs: orNull,
          onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
            const p = prompts.find((x) => x.id === e.target.value);
            if (!form.getValues("title") && p) form.setValue("title", p.title);
          },
        })}
      />
      {prompt && (
        <div className="rounded-md border-l-4 border-indigo-400 bg-indigo-50 p-3 text-sm dark:bg-indigo-950/50">
          <Markdown>{prompt.prompt.replace(/^## Prompt\s*/m, "")}</Markdown>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField label="Title" maxLength={200} required {...field("title")} />
        <TextField label="Date" type="date" required {...field("entryDate")} />
      </div>
      <TextAreaField label="Entry (Markdown)" rows={8} required {...field("body")} />
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

export function Journal({ entries, prompts, today }: { entries: JournalEntryView[]; prompts: Prompt[]; today: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function remove(entry: JournalEntryView) {
    const res = await api(`/api/practice/journal/${entry.id}`, { method: "DELETE" });
    if (res.ok) router.refresh();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="new-entry" className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="new-entry" className="mb-3 text-lg font-semibold">
          New entry
        </h2>
        <EntryForm
          key={formKey}
          prompts={prompts}
          initial={{ title: "", body: "", entryDate: today, promptId: null }}
          submitLabel="Add entry"
          request={(values) => api("/api/practice/journal", { method: "POST", body: values })}
          onSaved={() => {
            setFormKey((k) => k + 1);
            router.refresh();
          }}
        />
      </section>
      <section aria-labelledby="entries" className="space-y-4">
        <h2 id="entries" className="text-lg font-semibold">
          Your entries
        </h2>
        {entries.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No entries yet. Pick one of the guide&apos;s three reflection prompts (or write freely) and add your first entry. Only you can see
            your journal.
          </p>
        ) : (
          <ul className="space-y-4">
            {entries.map((e) => (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
                {editing === e.id ? (
                  <EntryForm
                    prompts={prompts}
                    initial={{ title: e.title, body: e.body, entryDate: e.entryDate, promptId: e.promptId }}
                    submitLabel="Save entry"
                    request={(values) => api(`/api/practice/journal/${e.id}`, { method: "PUT", body: { ...values, version: e.version } })}
                    onSaved={() => {
                      setEditing(null);
                      router.refresh();
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <article aria-label={e.title}>
                    <h3 className="font-semibold">{e.title}</h3>
                    <p className="text-xs text-slate-500 dark:text-slate-400">
                      <time dateTime={e.entryDate}>{e.entryDate}</time>
                      {e.promptTitle ? ` · prompt: ${e.promptTitle}` : " · free entry"}
                    </p>
                    <div className="mt-2 text-sm">
                      <Markdown>{e.body}</Markdown>
                    </div>
                    <div className="mt-3 flex gap-2">
                      <Button variant="secondary" onClick={() => setEditing(e.id)}>
                        Edit<span className="sr-only"> {e.title}</span>
                      </Button>
                      <Button variant="ghost" onClick={() => void remove(e)}>
                        Delete<span className="sr-only"> {e.title}</span>
                      </Button>
                    </div>
                  </article>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
