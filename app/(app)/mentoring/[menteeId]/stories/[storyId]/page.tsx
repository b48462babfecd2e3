import type { Metadata } from "next";
import { StoryCommentForm } from "@/components/stories/story-comment-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { mentorAccess } from "@/lib/mentors/access";
import { STAR_FIELDS } from "@/lib/practice/answer";
import { or404, requireUser } from "@/lib/server/page";
import { competencyLabel } from "@/lib/stories/competencies";
import { menteeStory } from "@/lib/stories/mentor";
import { MenteeHeader } from "../../mentee-header";

export const metadata: Metadata = { title: "Mentee story" };

export default async function MenteeStoryPage({ params }: { params: Promise<{ menteeId: string; storyId: string }> }) {
  const { menteeId, storyId } = await params;
  const user = await requireUser();
  const { candidateName, story, comments } = await or404(menteeStory(user.id, menteeId, storyId));
  const grant = await or404(mentorAccess(user.id, menteeId));
  return (
    <div className="space-y-6">
      <MenteeHeader
        mentee={{ id: menteeId, name: candidateName }}
        scopes={grant.scopes}
        current={`/mentoring/${menteeId}/stories`}
        title={story.title}
      />
      <Card as="section" aria-label="The story">
        <ul className="mb-4 flex flex-wrap gap-1" aria-label="Competencies">
          {story.competencies.map((c) => (
            <li key={c}>
              <Badge tone="indigo">{competencyLabel(c)}</Badge>
            </li>
          ))}
        </ul>
        <dl className="space-y-3 text-sm">
          {STAR_FIELDS.map((f) => (
            <div key={f.key}>
              <dt className="font-semibold">{f.label}</dt>
              <dd className="whitespace-pre-wrap">{story[f.key]}</dd>
            </div>
          ))}
          {story.suitsFor.length > 0 && (
            <div>
              <dt className="font-semibold">Suits</dt>
              <dd>{story.suitsFor.join(", ")}</dd>
            </div>
          )}
        </dl>
      </Card>
      <Card as="section" aria-labelledby="review-heading">
        <h2 id="review-heading" className="mb-3 text-lg font-semibold">
          Your review comments
        </h2>
        {comments.length > 0 && (
          <ul className="mb-4 space-y-3">
            {comments.map((c) => (
              <li key={c.id} className="text-sm">
                <MarkdownHtml>{c.body}</MarkdownHtml>
              </li>
            ))}
          </ul>
        )}
        <StoryCommentForm menteeId={menteeId} storyId={story.id} />
      </Card>
    </div>
  );
}
