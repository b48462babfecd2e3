// zod schemas for the story bank, shared by the API routes and the story form.
import { z } from "zod";
import { COMPETENCY_KEYS } from "./competencies";

const part = (name: string, max = 4000) =>
  z
    .string(`Write the ${name}.`)
    .trim()
    .min(1, `Write the ${name}.`)
    .max(max, `The ${name} has at most ${max.toLocaleString("en-US")} characters.`);

/** A number anywhere in the result (a digit: "40%", "3 weeks", "$1.2M"). */
export const hasNumber = (s: string) => /\d/.test(s);

const MAX_TAGS = 12;
const MAX_TAG_CHARS = 60;

/** "Google, Staff ML engineer,, google" → ["Google", "Staff ML engineer"] (trimmed, case-insensitively unique). */
export function splitTags(input: string | readonly string[]): string[] {
  const parts = typeof input === "string" ? input.split(",") : input;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of parts) {
    const tag = raw.trim().replace(/\s+/g, " ");
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

const tags = z
  .union([z.string("List companies or roles, separated by commas."), z.array(z.string("Each tag is text."))])
  .transform(splitTags)
  .pipe(
    z
      .array(z.string().max(MAX_TAG_CHARS, `A tag has at most ${MAX_TAG_CHARS} characters.`))
      .max(MAX_TAGS, `At most ${MAX_TAGS} companies or roles.`),
  );

const storyFields = {
  title: z
    .string("Give the story a title.")
    .trim()
    .min(1, "Give the story a title.")
    .max(120, "A title has at most 120 characters."),
  situation: part("situation"),
  task: part("task"),
  action: part("action"),
  result: part("result").refine(hasNumber, "State the result with a number (e.g. \"cut review time by 40%\")."),
  competencies: z
    .array(z.enum(COMPETENCY_KEYS, "Choose competencies from the list."), "Tick the competencies the story shows.")
    .min(1, "Tick at least one competency the story shows.")
    .max(COMPETENCY_KEYS.length)
    .transform((keys) => COMPETENCY_KEYS.filter((k) => keys.includes(k))),
  suitsFor: tags.default([]),
};

export const storySchema = z.strictObject(storyFields);
export type StoryInput = z.output<typeof storySchema>;

/** An edit replaces the whole story; `version` is the one the client saw (409 if stale). */
export const storyUpdateSchema = z.strictObject({
  ...storyFields,
  version: z.int32("Version must be a whole number.").positive(),
});
export type StoryUpdate = z.output<typeof storyUpdateSchema>;

export const storyIdParams = z.object({ id: z.string().min(1).max(40) });
export const menteeStoryParams = z.object({ menteeId: z.string().min(1).max(40), storyId: z.string().min(1).max(40) });

export const storyUseSchema = z.strictObject({
  attemptId: z.string("Say which answer the story goes into.").min(1).max(40),
});

export const storyCommentSchema = z.strictObject({
  body: z
    .string("Write a comment.")
    .trim()
    .min(1, "Write a comment.")
    .max(4000, "A comment has at most 4,000 characters."),
});
