"use client";
// The report's parts shown only for some mocks, each loaded on its own: "Ask for a review" (with a
// mentor) and the after-interview checklist (a mock tied to an interview). Imported by the page,
// their modules' forms (react-hook-form) were part of every report's start-up, whether they were
// shown or not (decision 0025, Session 9). Still drawn by the server; the browser makes them
// interactive once their code has arrived.
import { Suspense, lazy } from "react";
import type { AskForReview as AskForReviewType } from "@/components/mentors/ask-for-review";
import type { InterviewChecklist as InterviewChecklistType } from "@/components/practice/interviews";

const AskForReview = lazy(() => import("@/components/mentors/ask-for-review").then((m) => ({ default: m.AskForReview })));
const InterviewChecklist = lazy(() => import("@/components/practice/interviews").then((m) => ({ default: m.InterviewChecklist })));

export function LazyAskForReview(props: React.ComponentProps<typeof AskForReviewType>) {
  return (
    <Suspense fallback={null}>
      <AskForReview {...props} />
    </Suspense>
  );
}

export function LazyInterviewChecklist(props: React.ComponentProps<typeof InterviewChecklistType>) {
  return (
    <Suspense fallback={null}>
      <InterviewChecklist {...props} />
    </Suspense>
  );
}
