import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { DeleteStoryButton } from "@/components/stories/delete-story";
import { StoryForm } from "@/components/stories/story-form";
import { CardSection } from "@/components/ui/section";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { or404, requireUser, userTimeZone } from "@/lib/server/page";
import { getStory } from "@/lib/stories/stories";

export const metadata: Metadata = { title: "Story" };

const score = (n: number | null) => (n === null ? "—" : n.toFixed(2).replace(/\.?0+$/, ""));

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const [story, timeZone] = await Promise.all([or404(getStory(user.id, id)), userTimeZone(user.id)]);

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader
        className=""
        back={{ href: "/stories", label: "Story bank" }}
        title={story.title}
        actions={<DeleteStoryButton storyId={story.id} />}
      />

      <CardSection id="uses-heading" title="Where you used it">
        {story.uses.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Not used yet. In a behavioural practice answer or mock question, press “Use a story” to put it in.
          </p>
        ) : (
          <DataTable
            caption="Answers that used this story, with their scores"
            label="Answers that used this story"
            rows={story.uses}
            rowKey={(u) => u.id}
            columns={[
              {
                header: "Answer",
                sort: (u) => u.questionTitle,
                cell: (u) => (
                  <>
                    <AppLink
                      href={u.mock ? `/mocks/${u.mock.id}` : `/practice/attempts/${u.attemptId}`}
                      className="text-indigo-700 hover:underline dark:text-indigo-300"
                    >
                      {u.questionTitle}
                    </AppLink>
                    <span className="block text-xs text-slate-500 dark:text-slate-400">
                      {u.mock ? `Mock: ${u.mock.title}` : "Practice"} · {u.status === "in-progress" ? "in progress" : u.status}
                    </span>
                  </>
                ),
              },
              {
                header: "Used",
                className: "whitespace-nowrap",
                cell: (u) => formatDateTimeIn(u.usedAt, timeZone),
                sort: (u) => new Date(u.usedAt).getTime(),
              },
              { header: "Self score", align: "right", cell: (u) => score(u.selfScore), sort: (u) => u.selfScore },
              {
                header: "Mentor score",
                align: "right",
                sort: (u) => u.mentorScore,
                cell: (u) => (
                  <>
                    {score(u.mentorScore)}
                    {u.mentorReviews > 1 && <span className="block text-xs text-slate-500">mean of {u.mentorReviews}</span>}
                  </>
                ),
              },
            ]}
          />
        )}
      </CardSection>

      {story.comments.length > 0 && (
        <CardSection id="comments-heading" title="Mentor comments">
          <ul className="space-y-3">
            {story.comments.map((c) => (
              <li key={c.id} className="text-sm">
                <p className="font-medium">
                  {c.author}{" "}
                  <span className="font-normal text-slate-500 dark:text-slate-400">
                    · {formatDateTimeIn(c.createdAt, timeZone)}
                  </span>
                </p>
                <MarkdownHtml>{c.body}</MarkdownHtml>
              </li>
            ))}
          </ul>
        </CardSection>
      )}

      <CardSection id="edit-heading" title="Edit" gap={4}>
        <StoryForm
          initial={{
            id: story.id,
            version: story.version,
            title: story.title,
            situation: story.situation,
            task: story.task,
            action: story.action,
            result: story.result,
            competencies: story.competencies,
            suitsFor: story.suitsFor,
          }}
        />
      </CardSection>
    </div>
  );
}
