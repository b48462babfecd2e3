// "Use a story": the STAR outline a story puts into a behavioural answer, for the candidate to
// adapt to the question. Pure.
import { STAR_FIELDS, type StarAnswer } from "@/lib/practice/answer";

type StoryParts = { title: string; situation: string; task: string; action: string; result: string };

/** The story's four parts as a STAR answer. */
export function starOutline(story: StoryParts): StarAnswer {
  return { situation: story.situation.trim(), task: story.task.trim(), action: story.action.trim(), result: story.result.trim() };
}

/**
 * The answer with the story's outline put in: an empty field gets the story's part; a field
 * with text keeps it and gets the part after a blank line (nothing the candidate wrote is lost).
 */
export function insertOutline(answer: StarAnswer, story: StoryParts): StarAnswer {
  const outline = starOutline(story);
  const out = { ...answer };
  for (const { key } of STAR_FIELDS) {
    const mine = answer[key].trimEnd();
    out[key] = mine.trim() ? `${mine}\n\n${outline[key]}` : outline[key];
  }
  return out;
}
