import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { CompetencyBadges } from "@/components/stories/competency-badges";
import { CoverageGrid } from "@/components/stories/coverage-grid";
import { StoryCards } from "@/components/stories/story-cards";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CardSection, Section } from "@/components/ui/section";
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
      <PageHeader
        className=""
        title="Story bank"
        actions={
          <AppLink href="/stories/new" className={buttonClass()}>
            Add a story
          </AppLink>
        }
      >
        <p className="mt-1 max-w-2xl text-sm text-slate-600 dark:text-slate-400">
          Prepare 8-12 STAR stories and reuse them across behavioural questions. In a behavioural answer, “Use a story” puts one
          in as an outline to adapt.
        </p>
      </PageHeader>

      <CardSection id="coverage-heading" title="Coverage">
        <CoverageGrid grid={grid} />
      </CardSection>

      <Section id="stories-heading" title="Your stories" titleClassName="mb-3 text-lg font-semibold">
        {stories.length === 0 ? (
          <Card>
            <p className="text-sm">
              No stories yet. Start with the one you would tell about a model that failed in production, then one for each gap
              above.
            </p>
          </Card>
        ) : (
          <StoryCards
            stories={stories}
            href={(s) => `/stories/${s.id}`}
            body={(s) => (
              <>
                <p className="mt-1 line-clamp-2 text-sm text-slate-600 dark:text-slate-400">{s.result}</p>
                <CompetencyBadges competencies={s.competencies} className="mt-3" />
                <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
                  {s.suitsFor.length ? `Suits: ${s.suitsFor.join(", ")} · ` : ""}
                  {s.useCount === 0 ? "Not used yet" : `Used in ${s.useCount} ${s.useCount === 1 ? "answer" : "answers"}`}
                </p>
              </>
            )}
          />
        )}
      </Section>
    </div>
  );
}
