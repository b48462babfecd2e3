"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { firstMessage } from "@/lib/client/api-form-errors";
import { useApiForm } from "@/lib/client/use-api-form";
import { type PersonalQuestionFormValues, personalQuestionFormSchema } from "@/lib/questions/schema";
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

/** The form's starting values: the lists as the text the user edits. */
export function personalQuestionFormDefaults(q: PersonalQuestionValues): PersonalQuestionFormValues {
  return {
    title: q.title,
    prompt: q.prompt,
    type: q.type as PersonalQuestionFormValues["type"],
    focusArea: q.focusArea as PersonalQuestionFormValues["focusArea"],
    difficulty: q.difficulty as PersonalQuestionFormValues["difficulty"],
    allocatedMinutes: q.allocatedMinutes,
    expectedMinutes: q.expectedMinutes,
    keyPoints: q.keyPoints.join("\n"),
    modelAnswer: q.modelAnswer,
    discussionPoints: q.discussionPoints.join("\n"),
    tags: q.tags.join(", "),
    companyType: q.companyType as PersonalQuestionFormValues["companyType"],
  };
}

const minutes = { setValueAs: (v: unknown) => (v === "" || v == null ? undefined : Number(v)) };

/** Creates or edits a personal question, checked by the API's own rules before it is sent. */
export function PersonalQuestionForm({ initial }: { initial: PersonalQuestionValues }) {
  const router = useRouter();
  const editing = Boolean(initial.id);
  const { form, message, onSubmit, busy } = useApiForm({
    schema: personalQuestionFormSchema,
    defaultValues: personalQuestionFormDefaults(initial),
    request: (values) =>
      api<{ question: { id: string } }>(editing ? `/api/questions/${initial.id}` : "/api/questions", {
        method: editing ? "PUT" : "POST",
        body: editing ? { ...values, version: initial.version } : values,
      }),
    onSuccess: (data) => {
      router.push(`/questions/${data.question.id}`);
      router.refresh();
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField
        label="Title"
        error={errors.title?.message}
        maxLength={140}
        {...form.register("title")}
      />
      <TextAreaField
        label="Question (Markdown)"
        id="prompt"
        error={errors.prompt?.message}
        {...form.register("prompt")}
        rows={6}
        hint="Use ``` fences for code."
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField label="Type" error={errors.type?.message} {...form.register("type")}>
          {QUESTION_TYPES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Focus area"
          error={errors.focusArea?.message}
          {...form.register("focusArea")}
        >
          {FOCUS_AREAS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Difficulty"
          error={errors.difficulty?.message}
          {...form.register("difficulty")}
        >
          {DIFFICULTIES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Allocated minutes"
          type="number"
          min={1}
          max={180}
          error={errors.allocatedMinutes?.message}
          {...form.register("allocatedMinutes", minutes)}
        />
        <TextField
          label="Expected response minutes"
          type="number"
          min={1}
          max={180}
          error={errors.expectedMinutes?.message}
          {...form.register("expectedMinutes", minutes)}
        />
        <SelectField
          label="Company type"
          error={errors.companyType?.message}
          {...form.register("companyType")}
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
        error={firstMessage(errors.keyPoints)}
        hint="One per line: what a strong answer must cover."
        rows={5}
        {...form.register("keyPoints")}
      />
      <TextAreaField
        label="Model answer (Markdown)"
        id="modelAnswer"
        error={errors.modelAnswer?.message}
        {...form.register("modelAnswer")}
        rows={8}
      />
      <TextAreaField
        label="Discussion points"
        id="discussionPoints"
        error={firstMessage(errors.discussionPoints)}
        hint="One per line: follow-up questions."
        rows={3}
        {...form.register("discussionPoints")}
      />
      <TextField
        label="Tags"
        error={firstMessage(errors.tags)}
        hint="Comma-separated, like: feature-store, latency"
        {...form.register("tags")}
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
