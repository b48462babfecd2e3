"use client";
// The report's "Ask for a review" (shown only with a mentor), loaded on its own: imported by the
// page, its form (react-hook-form) was part of every report's start-up, shown or not (decision
// 0025, Session 9). Still drawn by the server; the browser makes it interactive once its code has arrived.
import { Suspense, lazy } from "react";
import type { AskForReview as AskForReviewType } from "@/components/mentors/ask-for-review";

const AskForReview = lazy(() => import("@/components/mentors/ask-for-review").then((m) => ({ default: m.AskForReview })));

export function LazyAskForReview(props: React.ComponentProps<typeof AskForReviewType>) {
  return (
    <Suspense fallback={null}>
      <AskForReview {...props} />
    </Suspense>
  );
}
