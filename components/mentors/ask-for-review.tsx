"use client";
// "Ask for a review": sends one attempt or mock to one of the candidate's mentors, and lists the
// requests made (each can be withdrawn). The form is light until used: its first paint is the
// same markup with plain fields; the interactive form (ask-for-review-live.tsx, react-hook-form)
// loads on the first focus or pointer-down in it and takes over what was chosen, a submit made
// meanwhile included (lib/client/form-on-first-use.tsx; decision 0025, Session 12).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { FormOnFirstUse, plainField } from "@/lib/client/form-on-first-use";
import type { ReviewRequestView } from "@/lib/mentors/review-requests";
import { AskForReviewForm, type AskForReviewProps } from "./ask-for-review-form";
import { day } from "./format";
import { NoMentorYet } from "./no-mentor-yet";

type Props = AskForReviewProps & { requests: ReviewRequestView[] };

const loadLive = () => import("./ask-for-review-live").then((m) => m.AskForReviewLive);

export function AskForReview({ item, mentors, requests }: Props) {
  const router = useRouter();
  const [withdrawn, setWithdrawn] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function withdraw(id: string) {
    const res = await api(`/api/review-requests/${id}`, { method: "DELETE" });
    setWithdrawn(
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
      {withdrawn && <Alert tone={withdrawn.tone}>{withdrawn.text}</Alert>}
      <FormOnFirstUse
        load={loadLive}
        props={{ item, mentors }}
        shell={({ busy, error }) => (
          <AskForReviewForm
            mentors={mentors}
            field={plainField}
            busy={busy}
            message={error ? { tone: "error", text: error } : null}
          />
        )}
      />
    </div>
  );
}
