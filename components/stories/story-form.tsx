"use client";
// Creates or edits a STAR story, checked by the API's own schema (lib/stories/schema.ts) before
// it is sent. An edit sends the version it started from; a stale one is refused (409).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Describe, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { firstMessage } from "@/lib/client/api-form-errors";
import { useApiForm } from "@/lib/client/use-api-form";
import { STAR_FIELDS } from "@/lib/practice/answer";
import { COMPETENCIES } from "@/lib/stories/competencies";
import type { StoryView } from "@/lib/stories/stories";

/** A story as the form starts from it (an edit also has id and version). */
type StoryFormValues = Partial<Pick<StoryView, "id" | "version">> &
  Pick<StoryView, "title" | "situation" | "task" | "action" | "result" | "competencies" | "suitsFor">;

export function StoryForm({ initial }: { initial: StoryFormValues }) {
  const router = useRouter();
  const editing = Boolean(initial.id);
  const [version, setVersion] = useState(initial.version ?? 1);
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/stories/schema").then((m) => m.storySchema),
    defaultValues: {
      title: initial.title,
      situation: initial.situation,
      task: initial.task,
      action: initial.action,
      result: initial.result,
      competencies: initial.competencies as never,
      suitsFor: initial.suitsFor.join(", "),
    },
    request: (values) =>
      api<{ story: { id: string; version: number } }>(editing ? `/api/stories/${initial.id}` : "/api/stories", {
        method: editing ? "PUT" : "POST",
        body: editing ? { ...values, version } : values,
      }),
    onSuccess: (data) => {
      if (!editing) {
        router.push(`/stories/${data.story.id}`);
        return;
      }
      setVersion(data.story.version);
      router.refresh();
      return `Saved (version ${data.story.version}).`;
    },
  });
  const { errors } = form.formState;

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Title" maxLength={120} hint="A name you will recognise, e.g. “Credit model drift, 24-hour fix”." {...field("title")} />
      {STAR_FIELDS.map((f) => (
        <TextAreaField
          key={f.key}
          label={f.label}
          rows={f.key === "action" ? 5 : 3}
          hint={f.key === "result" ? "Include a number: the result has to say how much (%, time, money, people)." : f.hint}
          {...field(f.key)}
        />
      ))}
      <fieldset aria-describedby={errors.competencies ? "competencies-error" : "competencies-hint"}>
        <legend className="mb-2 text-sm font-medium">Competencies it shows</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {COMPETENCIES.map((c) => (
            <label key={c.key} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={c.key} className="mt-1" {...form.register("competencies")} />
              <span>
                {c.label}
                <span className="block text-xs text-slate-500 dark:text-slate-400">{c.guide}</span>
              </span>
            </label>
          ))}
        </div>
        <Describe id="competencies" error={firstMessage(errors.competencies)} hint="The guide's behavioural themes; tick every one the story can answer." />
      </fieldset>
      <TextField label="Suits (companies or roles)" hint="Comma-separated, e.g. Big tech, Staff ML engineer, fintech startups." {...field("suitsFor")} />
      <FormActions busy={busy} submitLabel={editing ? "Save changes" : "Add story"} onCancel={editing ? undefined : () => router.back()} />
    </form>
  );
}
