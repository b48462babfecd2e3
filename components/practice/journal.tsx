"use client";
// The reflection journal: dated private entries, free or answering one of the guide's prompts.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, inputClass } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { api } from "@/lib/client/api";
import { type JournalEntryView } from "@/lib/practice/journal";

type Prompt = { id: string; title: string; prompt: string };

type Draft = { title: string; body: string; entryDate: string; promptId: string };

function EntryForm({
  prompts,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  prompts: Prompt[];
  initial: Draft;
  submitLabel: string;
  onSubmit: (d: Draft) => Promise<Record<string, string> | string | null>;
  onCancel?: () => void;
}) {
  const [d, setD] = useState(initial);
  const bodyId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prompt = prompts.find((p) => p.id === d.promptId);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(d).then((r) => {
          setBusy(false);
          if (r === null) {
            setErrors({});
            setError(null);
          } else if (typeof r === "string") setError(r);
          else {
            setErrors(r);
            setError("Check the highlighted fields.");
          }
        });
      }}
    >
      <SelectField
        label="Reflection prompt"
        value={d.promptId}
        onChange={(e) => {
          const p = prompts.find((x) => x.id === e.target.value);
          setD({ ...d, promptId: e.target.value, title: d.title || (p?.title ?? "") });
        }}
        error={errors.promptId}
      >
        <option value="">Free entry (no prompt)</option>
        {prompts.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </SelectField>
      {prompt && (
        <div className="rounded-md border-l-4 border-indigo-400 bg-indigo-50 p-3 text-sm dark:bg-indigo-950/50">
          <Markdown>{prompt.prompt.replace(/^## Prompt\s*/m, "")}</Markdown>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField label="Title" value={d.title} onChange={(e) => setD({ ...d, title: e.target.value })} error={errors.title} maxLength={200} required />
        <TextField label="Date" type="date" value={d.entryDate} onChange={(e) => setD({ ...d, entryDate: e.target.value })} error={errors.entryDate} required />
      </div>
      <div>
        <label htmlFor={bodyId} className="mb-1 block text-sm font-medium">
          Entry (Markdown)
        </label>
        <textarea
          id={bodyId}
          value={d.body}
          onChange={(e) => setD({ ...d, body: e.target.value })}
          rows={8}
          className={inputClass}
          aria-invalid={errors.body ? true : undefined}
          required
        />
        {errors.body && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{errors.body}</p>}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

export function Journal({ entries, prompts, today }: { entries: JournalEntryView[]; prompts: Prompt[]; today: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function create(d: Draft) {
    const res = await api("/api/practice/journal", { method: "POST", body: { ...d, promptId: d.promptId || null } });
    if (!res.ok) return Object.keys(res.error.fields).length ? res.error.fields : res.error.message;
    setFormKey(formKey + 1);
    router.refresh();
    return null;
  }

  async function update(entry: JournalEntryView, d: Draft) {
    const res = await api(`/api/practice/journal/${entry.id}`, { method: "PUT", body: { ...d, promptId: d.promptId || null, version: entry.version } });
    if (!res.ok) return Object.keys(res.error.fields).length ? res.error.fields : res.error.message;
    setEditing(null);
    router.refresh();
    return null;
  }

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
        <EntryForm key={formKey} prompts={prompts} initial={{ title: "", body: "", entryDate: today, promptId: "" }} submitLabel="Add entry" onSubmit={create} />
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
                    initial={{ title: e.title, body: e.body, entryDate: e.entryDate, promptId: e.promptId ?? "" }}
                    submitLabel="Save entry"
                    onSubmit={(d) => update(e, d)}
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
