"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { numberOr } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
import type { QuestionDetail } from "@/lib/questions/get-question";
import type { PersonalQuestionFormValues } from "@/lib/questions/schema";
import { COMPANY_TYPES, DIFFICULTIES, FOCUS_AREAS, QUESTION_TYPES } from "@/lib/questions/taxonomy";

/** A question as the form starts from it: the question's own fields and its answer key (an edit also has id and version). */
type PersonalQuestionValues = Partial<Pick<QuestionDetail, "id" | "version">> &
  Pick<QuestionDetail, "title" | "prompt" | "type" | "focusArea" | "difficulty" | "allocatedMinutes" | "expectedMinutes" | "tags" | "companyType"> &
  Pick<NonNullable<QuestionDetail["answer"]>, "keyPoints" | "modelAnswer" | "discussionPoints">;

/** The form's starting values: the lists as the text the user edits. */
function personalQuestionFormDefaults(q: PersonalQuestionValues): PersonalQuestionFormValues {
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

const minutes = { setValueAs: numberOr(undefined) };

/** Creates or edits a personal question, checked by the API's own rules before it is sent. */
export function PersonalQuestionForm({ initial }: { initial: PersonalQuestionValues }) {
  const router = useRouter();
  const editing = Boolean(initial.id);
  const { field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/questions/schema").then((m) => m.personalQuestionFormSchema),
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

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField label="Title" maxLength={140} {...field("title")} />
      <TextAreaField label="Question (Markdown)" id="prompt" rows={6} hint="Use ``` fences for code." {...field("prompt")} />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField label="Type" options={QUESTION_TYPES} {...field("type")} />
        <SelectField label="Focus area" options={FOCUS_AREAS} {...field("focusArea")} />
        <SelectField label="Difficulty" options={DIFFICULTIES} {...field("difficulty")} />
        <TextField label="Allocated minutes" type="number" min={1} max={180} {...field("allocatedMinutes", minutes)} />
        <TextField label="Expected response minutes" type="number" min={1} max={180} {...field("expectedMinutes", minutes)} />
        <SelectField label="Company type" options={COMPANY_TYPES} {...field("companyType")} />
      </div>
      <TextAreaField label="Key evaluation points" id="keyPoints" rows={5} hint="One per line: what a strong answer must cover." {...field("keyPoints")} />
      <TextAreaField label="Model answer (Markdown)" id="modelAnswer" rows={8} {...field("modelAnswer")} />
      <TextAreaField label="Discussion points" id="discussionPoints" rows={3} hint="One per line: follow-up questions." {...field("discussionPoints")} />
      <TextField label="Tags" hint="Comma-separated, like: feature-store, latency" {...field("tags")} />
      <FormActions busy={busy} submitLabel={editing ? "Save changes" : "Create question"} onCancel={() => router.back()} />
    </form>
  );
}
