"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

/** A mentor's review comment on a mentee's story (Markdown). */
export function StoryCommentForm({ menteeId, storyId }: { menteeId: string; storyId: string }) {
  const router = useRouter();
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/stories/schema").then((m) => m.storyCommentSchema),
    defaultValues: { body: "" },
    request: (values) => api(`/api/mentoring/mentees/${menteeId}/stories/${storyId}/comments`, { method: "POST", body: values }),
    onSuccess: () => {
      form.reset({ body: "" });
      router.refresh();
      return "Comment added.";
    },
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextAreaField
        label="Review comment"
        rows={4}
        hint="Markdown. Is the result measurable? Is the action theirs? Which questions does it answer?"
        {...field("body")}
      />
      <Button type="submit" disabled={busy}>
        {busy ? "Sending…" : "Add comment"}
      </Button>
    </form>
  );
}
