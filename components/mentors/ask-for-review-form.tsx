"use client";
// "Ask for a review"'s form as drawn, the same for the first paint (ask-for-review.tsx: plain
// fields, nothing loaded) and for the interactive form (ask-for-review-live.tsx: useApiForm), so
// the swap on first use changes nothing on screen (lib/client/form-on-first-use.tsx).
import type { ComponentProps } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { REQUEST_NOTE_MAX } from "@/lib/mentors/data/settings";

/** What the page gives the form: the attempt or mock to ask about, and the candidate's mentors. */
export type AskForReviewProps = {
  item: { attemptId: string } | { mockId: string };
  mentors: { mentorshipId: string; name: string }[];
};

/** A field's props by name: plainField on the first paint, useApiForm's `field` once interactive. */
type Bind = (name: "mentorshipId" | "note") => { name: string; error: string | undefined };

export function AskForReviewForm({
  mentors,
  formRef,
  onSubmit,
  field,
  message,
  busy,
}: {
  mentors: { mentorshipId: string; name: string }[];
  formRef?: ComponentProps<"form">["ref"];
  onSubmit?: ComponentProps<"form">["onSubmit"];
  field: Bind;
  message: { tone: "error" | "success"; text: string } | null;
  busy: boolean;
}) {
  return (
    <div className="space-y-3">
      <form
        ref={formRef}
        onSubmit={onSubmit}
        className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
        aria-label="Ask for a review"
        noValidate
      >
        <SelectField
          label="Mentor"
          options={mentors.map((m) => ({ value: m.mentorshipId, label: m.name }))}
          {...field("mentorshipId")}
        />
        <TextField
          label="Note (optional)"
          maxLength={REQUEST_NOTE_MAX}
          placeholder="What should they look at?"
          {...field("note")}
        />
        <Button type="submit" disabled={busy}>
          {busy ? "Sending…" : "Ask for a review"}
        </Button>
      </form>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
