// Parses and validates one question content file. Errors name the file and the field.
import matter from "gray-matter";
import { type QuestionContent, SLUG_PATTERN, questionFrontMatterSchema } from "./content-schema";

class ContentError extends Error {}

/** `relPath` is `<focus-area>/<slug>.md` relative to prisma/seed/questions. */
export function parseQuestionFile(relPath: string, text: string): QuestionContent {
  const fail = (field: string, message: string) => {
    throw new ContentError(`${relPath}: ${field}: ${message}`);
  };
  const parts = relPath.split("/");
  const folder = parts.at(-2) ?? "";
  const slug = (parts.at(-1) ?? "").replace(/\.md$/, "");
  if (!SLUG_PATTERN.test(slug)) fail("file name", "must be a lowercase kebab-case slug");

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text);
  } catch (e) {
    return fail("front matter", `is not valid YAML (${e instanceof Error ? e.message.split("\n")[0] : e})`);
  }
  const result = questionFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return fail(issue.path.join(".") || "front matter", issue.message);
  }
  const fm = result.data;
  if (fm.focusArea !== folder) fail("focusArea", `is "${fm.focusArea}" but the file is in the folder "${folder}"`);
  if (fm.expectedMinutes > fm.allocatedMinutes) fail("expectedMinutes", "must not exceed allocatedMinutes");

  const body = parsed.content.replace(/\r\n/g, "\n");
  const sections = body.split(/^## /m);
  if (sections[0]!.trim() !== "") fail("body", "must start with '## Prompt'");
  const prompt = sections[1];
  const answer = sections.slice(2).join("## ");
  if (!prompt?.startsWith("Prompt\n")) fail("body", "the first section must be '## Prompt'");
  if (!answer.startsWith("Model answer\n")) fail("body", "the second section must be '## Model answer'");
  const promptText = prompt!.slice("Prompt\n".length).trim();
  const answerText = answer.slice("Model answer\n".length).trim();
  if (promptText.length < 20) fail("Prompt", "is too short");
  if (answerText.length < 50) fail("Model answer", "is too short");
  return { ...fm, slug, prompt: promptText, modelAnswer: answerText };
}
