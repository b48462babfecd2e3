import type { Metadata } from "next";
import Link from "next/link";
import { CompetencyBadges } from "@/components/stories/competency-badges";
import { CoverageGrid } from "@/components/stories/coverage-grid";
import { Card } from "@/components/ui/card";
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
      <Card as="section" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="mb-3 text-lg font-semibold">
          Coverage
        </h2>
        <CoverageGrid grid={coverageGrid(stories)} />
      </Card>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="mb-3 text-lg font-semibold">
          Stories
        </h2>
        {stories.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No stories yet.</p>
        ) : (
          <ol className="grid gap-4 md:grid-cols-2">
            {stories.map((s, i) => (
              <li key={s.id}>
                <Card as="article" pad="md" className="h-full">
                  <h3 className="font-semibold">
                    <span className="mr-2 text-slate-500 dark:text-slate-400">{i + 1}.</span>
                    <Link href={`${base}/stories/${s.id}`} className="hover:underline">
                      {s.title}
                    </Link>
                  </h3>
                  <CompetencyBadges competencies={s.competencies} className="mt-2" />
                </Card>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
