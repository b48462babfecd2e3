"use client";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { softNavigate } from "@/lib/client/soft-navigation";
import { useStartPractice } from "./use-start-practice";

/** One due question, its line ("Short answer · Review · reviewed 2 times") made on the server. */
type DueItem = { questionId: string; title: string; line: string; quiz: boolean };

/**
 * The review queue's due list: one client component for the whole list (issue 20). Each row drew an
 * AppLink and a StartPracticeButton, about four component instances a row to hydrate at start-up
 * (32 rows on a busy day); here the rows are plain elements, their links navigate client-side
 * through one router and their "Practise" buttons share one useStartPractice.
 */
export function DueList({ items }: { items: DueItem[] }) {
  const router = useRouter();
  const { busy, error, start } = useStartPractice();
  const navigate = (e: React.MouseEvent<HTMLAnchorElement>) => softNavigate(e, (path) => router.push(path));
  return (
    <ul
      className="mt-3 divide-y divide-slate-200 dark:divide-slate-800"
      aria-label="Questions due for review"
    >
      {items.map((d) => (
        <li key={d.questionId} className="flex flex-wrap items-center justify-between gap-2 py-3">
          <div>
            <a href={`/questions/${d.questionId}`} onClick={navigate} className="font-medium hover:underline">
              {d.title}
            </a>
            <p className="text-xs text-slate-500 dark:text-slate-400">{d.line}</p>
          </div>
          {d.quiz ? (
            <a href="/practice/quiz" onClick={navigate} className={buttonClass("secondary")}>
              Quiz<span className="sr-only">{` on ${d.title}`}</span>
            </a>
          ) : (
            <span className="inline-flex flex-col">
              <button
                type="button"
                className={buttonClass("secondary")}
                onClick={() => void start(d.questionId)}
                disabled={busy === d.questionId}
              >
                {busy === d.questionId ? "Starting…" : "Practise"}
              </button>
              {error?.questionId === d.questionId && (
                <span role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
                  {error.message}
                </span>
              )}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
