"use client";
// "Ask for a review": sends one attempt or mock to one of the candidate's mentors.
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { REQUEST_NOTE_MAX } from "@/lib/mentors/data/settings";
import { type ReviewRequestView } from "@/lib/mentors/review-requests";
import { day } from "./format";
import { NoMentorYet } from "./no-mentor-yet";

type Props = {
  item: { attemptId: string } | { mockId: string };
  mentors: { mentorshipId: string; name: string }[];
  requests: ReviewRequestView[];
};

export function AskForReview({ item, mentors, requests }: Props) {
  const router = useRouter();
  const { form, field, message, setMessage, formRef, onSubmit, busy } = useApiForm({
    // The form's own fields; the attempt or mock it asks about comes from the page.
    schema: () =>
      import("@/lib/mentors/schema").then((m) =>
        m.reviewRequestFieldsSchema.pick({ mentorshipId: true, note: true }),
      ),
    defaultValues: { mentorshipId: mentors[0]?.mentorshipId ?? "", note: "" },
    request: (values) => api("/api/review-requests", { body: { ...item, ...values } }),
    onSuccess: (_data, values) => {
      form.reset({ mentorshipId: mentors[0]?.mentorshipId ?? "", note: "" });
      router.refresh();
      return `Sent to ${mentors.find((m) => m.mentorshipId === values.mentorshipId)?.name ?? "your mentor"}'s review queue.`;
    },
  });

  async function withdraw(id: string) {
    const res = await api(`/api/review-requests/${id}`, { method: "DELETE" });
    setMessage(
      res.ok
        ? { tone: "success", text: "Request withdrawn: that mentor no longer sees this." }
        : { tone: "error", text: res.error.message },
    );
    router.refresh();
  }

  if (mentors.length === 0) return <NoMentorYet />;
  return (
    <div className="space-y-3">
      {requests.length > 0 && (
        <ul className="space-y-1 text-sm">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              <span>
                Asked {r.mentorName} on {day(r.requestedAt)}
              </span>
              {r.completedAt ? <Badge tone="green">reviewed</Badge> : <Badge tone="indigo">waiting</Badge>}
              {/* A reviewed item stays shared until withdrawn; withdrawing keeps the review. */}
              <Button
                variant="ghost"
                className="px-2 py-0.5 text-xs"
                onClick={() => void withdraw(r.id)}
                aria-label={
                  r.completedAt
                    ? `Stop sharing this with ${r.mentorName} (their review stays)`
                    : `Withdraw the request to ${r.mentorName}`
                }
              >
                {r.completedAt ? "Stop sharing" : "Withdraw"}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        ref={formRef} onSubmit={onSubmit}
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
