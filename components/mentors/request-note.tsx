import type { RequestNote } from "@/lib/mentors/mentor-reads";
import { when } from "./format";

/** What the mentee asked when they sent this item for review, and whether it is still waiting. */
export function RequestNoteCallout({ request, mentee }: { request: RequestNote; mentee: string }) {
  if (!request) return null;
  return (
    <div
      role="note"
      aria-label="Review request"
      className="mb-4 rounded-md border border-indigo-200 bg-indigo-50 p-4 text-sm text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-100"
    >
      <p>
        {mentee} asked for your review on {when(request.requestedAt)}
        {request.completedAt ? ` · reviewed ${when(request.completedAt)}` : " · waiting for your review"}
      </p>
      {request.note && <p className="mt-1 font-medium">“{request.note}”</p>}
    </div>
  );
}
