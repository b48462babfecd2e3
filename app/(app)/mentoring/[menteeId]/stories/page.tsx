import type { Metadata } from "next";
import { CompetencyBadges } from "@/components/stories/competency-badges";
import { CoverageGrid } from "@/components/stories/coverage-grid";
import { StoryCards } from "@/components/stories/story-cards";
import { CardSection, Section } from "@/components/ui/section";
import { mentorAccess } from "@/lib/mentors/access";
import { or404, requireUser } from "@/lib/server/page";
import { coverageGrid } from "@/lib/stories/coverage";
import { menteeStories } from "@/lib/stories/mentor";
import { MenteeHeader } from "../mentee-header";

export const metadata: Metadata = { title: "Mentee stories" };

export default async function MenteeStoriesPage({ params }: { params: Promise<{ menteeId: string }> }) {
  const { menteeId } = await params;
  const user = await requireUser();
  const { candidateName, stories } = await or404(menteeStories(user.id, menteeId));
  const grant = await or404(mentorAccess(user.id, menteeId));
  const base = `/mentoring/${menteeId}`;
  return (
    <div className="space-y-6">
      <MenteeHeader mentee={{ id: menteeId, name: candidateName }} scopes={grant.scopes} current={`${base}/stories`} title="Story bank" />
      <CardSection id="coverage-heading" title="Coverage">
        <CoverageGrid grid={coverageGrid(stories)} />
      </CardSection>
      <Section id="stories-heading" title="Stories" titleClassName="mb-3 text-lg font-semibold">
        {stories.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No stories yet.</p>
        ) : (
          <StoryCards
            stories={stories}
            href={(s) => `${base}/stories/${s.id}`}
            body={(s) => <CompetencyBadges competencies={s.competencies} className="mt-2" />}
          />
        )}
      </Section>
    </div>
  );
}
