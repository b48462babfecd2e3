import "server-only";
// A mentor's view of a mentee's story bank. Stories are shared with the "attempts" scope
// (docs/decisions/0020-story-bank.md): every read goes through mentorAccess, which logs it and
// answers 404 to anyone without an active mentorship with that scope.
import { mentorAccess } from "@/lib/mentors/access";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { type StoryCommentView, type StoryView, listStories, presentStory, storyComments, storySelect } from "./stories";

const SCOPE = "attempts" as const;

export async function menteeStories(viewerId: string, menteeId: string): Promise<{ candidateName: string; stories: StoryView[] }> {
  const grant = await mentorAccess(viewerId, menteeId, { scope: SCOPE, log: { kind: "stories", label: "Story bank" } });
  return { candidateName: grant.candidateName, stories: await listStories(menteeId) };
}

async function storyOf(menteeId: string, storyId: string) {
  const row = await db.story.findFirst({
    where: { id: storyId, userId: menteeId },
    select: storySelect,
  });
  if (!row) throw notFound("Not found: it does not exist or is not shared with you.");
  return presentStory(row);
}

/** One story with this mentor's comment thread on it. */
export async function menteeStory(
  viewerId: string,
  menteeId: string,
  storyId: string,
): Promise<{ candidateName: string; story: StoryView; comments: StoryCommentView[] }> {
  // Scope first, so a mentor without it learns nothing about which ids exist.
  const grant = await mentorAccess(viewerId, menteeId, { scope: SCOPE });
  const story = await storyOf(menteeId, storyId);
  await mentorAccess(viewerId, menteeId, { scope: SCOPE, log: { kind: "story", id: story.id, label: story.title } });
  return { candidateName: grant.candidateName, story, comments: await storyComments(story.id, viewerId) };
}

export async function commentOnStory(viewerId: string, menteeId: string, storyId: string, body: string): Promise<StoryCommentView> {
  await mentorAccess(viewerId, menteeId, { scope: SCOPE });
  const story = await storyOf(menteeId, storyId);
  const c = await db.storyComment.create({
    data: { storyId: story.id, mentorId: viewerId, authorId: viewerId, body },
    select: { id: true, mentorId: true, body: true, createdAt: true, author: { select: { displayName: true } } },
  });
  return { id: c.id, mentorId: c.mentorId, author: c.author.displayName, byMentor: true, body: c.body, createdAt: c.createdAt.toISOString() };
}
