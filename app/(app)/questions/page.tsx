import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { QuestionFilters } from "@/components/questions/question-filters";
import { QuestionBadges } from "@/components/questions/question-meta";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { listQuestions } from "@/lib/questions/list-questions";
import { listQuestionsQuery } from "@/lib/questions/schema";
import { HttpError } from "@/lib/server/errors";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Question bank" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function QuestionsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string"));
  const parsed = listQuestionsQuery.safeParse(raw);
  let error: string | null = null;
  let result: Awaited<ReturnType<typeof listQuestions>> | null = null;
  if (!parsed.success) {
    error = parsed.error.issues.map((i) => i.message).join(" ");
  } else {
    try {
      result = await listQuestions(user.id, parsed.data);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      error = Object.values(e.fields ?? {}).join(" ") || e.message;
    }
  }
  const firstPage = new URLSearchParams(raw as Record<string, string>);
  firstPage.delete("cursor");
  const nextPage = new URLSearchParams(firstPage);
  if (result?.nextCursor) nextPage.set("cursor", result.nextCursor);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Question bank</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Technical, behavioural, system design, coding, business cases and negotiation, each with a model answer.
          </p>
        </div>
        <AppLink href="/questions/new" className={buttonClass("secondary")}>
          Add your own question
        </AppLink>
      </div>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside aria-label="Filters">
          <QuestionFilters facets={result?.facets ?? { type: {}, focusArea: {}, difficulty: {}, companyType: {}, source: {}, tags: [] }} />
        </aside>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          {error && <Alert tone="error">{error}</Alert>}
          {result && (
            <>
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
                {result.total === 1 ? "1 question" : `${result.total} questions`}
                {parsed.success && parsed.data.cursor ? " (continued)" : ""}
              </p>
              {result.items.length === 0 ? (
                <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
                  <p className="font-medium">No questions match.</p>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    Clear a filter or try other words.{" "}
                    <AppLink href="/questions" className="text-indigo-700 underline dark:text-indigo-300">
                      Show all questions
                    </AppLink>
                  </p>
                </div>
              ) : (
                <ul className="space-y-3">
                  {result.items.map((q) => (
                    <li
                      key={q.id}
                      className="rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-300 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-indigo-700"
                    >
                      <AppLink href={`/questions/${q.id}`} className="font-medium text-slate-900 hover:underline dark:text-slate-100">
                        {q.title}
                      </AppLink>
                      {q.challenged && (
                        <span className="ml-2 text-xs font-medium text-amber-800 dark:text-amber-300">★ Challenged me</span>
                      )}
                      <div className="mt-2">
                        <QuestionBadges q={q} />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              <nav aria-label="Pages" className="mt-6 flex gap-3">
                {parsed.success && parsed.data.cursor && (
                  <AppLink href={`/questions?${firstPage.toString()}`} className={buttonClass("secondary")}>
                    ← First page
                  </AppLink>
                )}
                {result.nextCursor && (
                  <AppLink href={`/questions?${nextPage.toString()}`} className={buttonClass("secondary")}>
                    Next page →
                  </AppLink>
                )}
              </nav>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
