import type { Metadata } from "next";
import Link from "next/link";
import { CompetencyBadges } from "@/components/stories/competency-badges";
import { CoverageGrid } from "@/components/stories/coverage-grid";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/server/page";
import { coverageGrid } from "@/lib/stories/coverage";
import { listStories } from "@/lib/stories/stories";

export const metadata: Metadata = { title: "Story bank" };

export default async function StoriesPage() {
  const user = await requireUser();
  const stories = await listStories(user.id);
  const grid = coverageGrid(stories);

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Story bank</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600 dark:text-slate-400">
            Prepare 8-12 STAR stories and reuse them across behavioural questions. In a behavioural answer, “Use a story” puts
            one in as an outline to adapt.
          </p>
        </div>
        <Link href="/stories/new" className={buttonClass()}>
          Add a story
        </Link>
      </div>

      <Card as="section" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="mb-3 text-lg font-semibold">
          Coverage
        </h2>
        <CoverageGrid grid={grid} />
      </Card>

      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="mb-3 text-lg font-semibold">
          Your stories
        </h2>
        {stories.length === 0 ? (
          <Card>
            <p className="text-sm">
              No stories yet. Start with the one you would tell about a model that failed in production, then one for each gap
              above.
            </p>
          </Card>
        ) : (
          <ol className="grid gap-4 md:grid-cols-2">
            {stories.map((s, i) => (
              <li key={s.id}>
                <Card as="article" pad="md" className="h-full">
                  <h3 className="font-semibold">
                    <span className="mr-2 text-slate-500 dark:text-slate-400">{i + 1}.</span>
                    <Link href={`/stories/${s.id}`} className="hover:underline">
                      {s.title}
                    </Link>
                  </h3>
                  <p className="mt-1 line-clamp-2 text-sm text-slate-600 dark:text-slate-400">{s.result}</p>
                  <CompetencyBadges competencies={s.competencies} className="mt-3" />
                  <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                    {s.suitsFor.length ? `Suits: ${s.suitsFor.join(", ")} · ` : ""}
                    {s.useCount === 0 ? "Not used yet" : `Used in ${s.useCount} ${s.useCount === 1 ? "answer" : "answers"}`}
                  </p>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
