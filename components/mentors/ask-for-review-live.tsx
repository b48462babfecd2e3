"use client";
// The interactive "Ask for a review" (useApiForm, its checks, the request), loaded on the form's
// first focus or pointer-down by AskForReview (ask-for-review.tsx) with what was chosen so far.
import { useRouter } from "next/navigation";
import { api } from "@/lib/client/api";
import type { Typed } from "@/lib/client/form-on-first-use";
import { useApiForm } from "@/lib/client/use-api-form";
import { AskForReviewForm, type AskForReviewProps } from "./ask-for-review-form";

export function AskForReviewLive({ item, mentors, typed }: AskForReviewProps & Typed) {
  const router = useRouter();
  const first = mentors[0]?.mentorshipId ?? "";
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    // The form's own fields; the attempt or mock it asks about comes from the page.
    schema: () =>
      import("@/lib/mentors/schema").then((m) =>
        m.reviewRequestFieldsSchema.pick({ mentorshipId: true, note: true }),
      ),
    defaultValues: { mentorshipId: typed.mentorshipId ?? first, note: typed.note ?? "" },
    request: (values) => api("/api/review-requests", { body: { ...item, ...values } }),
    onSuccess: (_data, values) => {
      form.reset({ mentorshipId: first, note: "" });
      router.refresh();
      return `Sent to ${mentors.find((m) => m.mentorshipId === values.mentorshipId)?.name ?? "your mentor"}'s review queue.`;
    },
  });
  return (
    <AskForReviewForm
      mentors={mentors}
      formRef={formRef}
      onSubmit={onSubmit}
      field={field}
      message={message}
      busy={busy}
    />
  );
}
