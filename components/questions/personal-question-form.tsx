"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { COMPANY_TYPES, DIFFICULTIES, FOCUS_AREAS, QUESTION_TYPES } from "@/lib/questions/taxonomy";

export type PersonalQuestionValues = {
  id?: string;
  version?: number;
  title: string;
  prompt: string;
  type: string;
  focusArea: string;
  difficulty: string;
  allocatedMinutes: number;
  expectedMinutes: number;
  keyPoints: string[];
  modelAnswer: string;
  discussionPoints: string[];
  tags: string[];
  companyType: string;
};

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Creates or edits a personal question. Field errors come from the API's zod validation. */
export function PersonalQuestionForm({ initial }: { initial: PersonalQuestionValues }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editing = Boolean(initial.id);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? "");
    const body = {
      title: s("title"),
      prompt: s("prompt"),
      type: s("type"),
      focusArea: s("focusArea"),
      difficulty: s("difficulty"),
      allocatedMinutes: Number(s("allocatedMinutes")),
      expectedMinutes: Number(s("expectedMinutes")),
      keyPoints: lines(s("keyPoints")),
      modelAnswer: s("modelAnswer"),
      discussionPoints: lines(s("discussionPoints")),
      tags: s("tags")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      companyType: s("companyType"),
      ...(editing ? { version: initial.version } : {}),
    };
    setBusy(true);
    setError(null);
    setFields({});
    const res = await api<{ question: { id: string } }>(
      editing ? `/api/questions/${initial.id}` : "/api/questions",
      {
        method: editing ? "PUT" : "POST",
        body,
      },
    );
    setBusy(false);
    if (!res.ok) {
      setFields(res.error.fields);
      setError(res.error.message);
      return;
    }
    router.push(`/questions/${res.data.question.id}`);
    router.refresh();
  }

  const fieldError = (prefix: string) =>
    fields[prefix] ?? Object.entries(fields).find(([k]) => k.startsWith(`${prefix}.`))?.[1];

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <TextField
        label="Title"
        name="title"
        defaultValue={initial.title}
        error={fields.title}
        maxLength={140}
      />
      <TextAreaField
        label="Question (Markdown)"
        id="prompt"
        name="prompt"
        defaultValue={initial.prompt}
        error={fields.prompt}
        rows={6}
        hint="Use ``` fences for code."
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField label="Type" name="type" defaultValue={initial.type} error={fields.type}>
          {QUESTION_TYPES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Focus area"
          name="focusArea"
          defaultValue={initial.focusArea}
          error={fields.focusArea}
        >
          {FOCUS_AREAS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Difficulty"
          name="difficulty"
          defaultValue={initial.difficulty}
          error={fields.difficulty}
        >
          {DIFFICULTIES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Allocated minutes"
          name="allocatedMinutes"
          type="number"
          min={1}
          max={180}
          defaultValue={initial.allocatedMinutes}
          error={fields.allocatedMinutes}
        />
        <TextField
          label="Expected response minutes"
          name="expectedMinutes"
          type="number"
          min={1}
          max={180}
          defaultValue={initial.expectedMinutes}
          error={fields.expectedMinutes}
        />
        <SelectField
          label="Company type"
          name="companyType"
          defaultValue={initial.companyType}
          error={fields.companyType}
        >
          {COMPANY_TYPES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        label="Key evaluation points"
        id="keyPoints"
        name="keyPoints"
        defaultValue={initial.keyPoints.join("\n")}
        error={fieldError("keyPoints")}
        hint="One per line: what a strong answer must cover."
        rows={5}
      />
      <TextAreaField
        label="Model answer (Markdown)"
        id="modelAnswer"
        name="modelAnswer"
        defaultValue={initial.modelAnswer}
        error={fields.modelAnswer}
        rows={8}
      />
      <TextAreaField
        label="Discussion points"
        id="discussionPoints"
        name="discussionPoints"
        defaultValue={initial.discussionPoints.join("\n")}
        error={fieldError("discussionPoints")}
        hint="One per line: follow-up questions."
        rows={3}
      />
      <TextField
        label="Tags"
        name="tags"
        defaultValue={initial.tags.join(", ")}
        error={fieldError("tags")}
        hint="Comma-separated, like: feature-store, latency"
      />
      <div className="flex gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : editing ? "Save changes" : "Create question"}
        </Button>
        <Button variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
