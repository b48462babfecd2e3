// Where a transcript goes in the answer (issue 18). The transcription route saves nothing: the
// recorder hands the new answer to the editor's autosave, which writes it with the version the
// page holds (409 stale_version when another tab saved since, and the usual "load theirs /
// keep mine" choice). A blank answer takes the transcript at once; over written text the user
// chooses "replace" or "append" (or keeps the text). Pure; unit-tested in tests/unit/speech-stt.
import { type Answer, type AnswerFormat, type MarkdownAnswer, type StarAnswer, isBlank } from "@/lib/practice/answer";

export type TranscriptMode = "replace" | "append";

/** Code answers are not transcribed: what was said about code is not the code. */
export const transcribable = (format: AnswerFormat) => format !== "CODE";

const after = (text: string, added: string) => (text.trim() === "" ? added : `${text.replace(/\s+$/, "")}\n\n${added}`);

/**
 * The answer with the transcript in it. Markdown: the text. STAR: the Situation field (a spoken
 * answer is one flow; the candidate splits it into the four parts), the other fields emptied on
 * "replace" and kept on "append".
 */
export function withTranscript(format: AnswerFormat, answer: Answer, transcript: string, mode: TranscriptMode): Answer {
  const text = transcript.trim();
  if (format === "STAR") {
    const star = answer as StarAnswer;
    if (mode === "replace" || isBlank(answer)) return { situation: text, task: "", action: "", result: "" };
    return { ...star, situation: after(star.situation, text) };
  }
  if (format === "MARKDOWN") {
    const md = answer as MarkdownAnswer;
    return { text: mode === "replace" ? text : after(md.text, text) };
  }
  return answer;
}
