// Highlighting: an answer field cut into runs, each with the key points whose evidence covers it.
// Pure and free of server imports (the panel uses it).
import { type AnswerField } from "./types";
import { type FeedbackView } from "./stored";

type Segment = { start: number; end: number; text: string; keyPoints: number[] };

/**
 * Cuts `text` at every evidence boundary; each run lists the (1-based) key points whose evidence
 * covers it, ascending. Ranges outside the text are clipped; empty ranges are ignored.
 */
export function highlightSegments(
  text: string,
  ranges: ReadonlyArray<{ start: number; end: number; keyPoint: number }>,
): Segment[] {
  const clipped = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const keyPoints = [
      ...new Set(clipped.filter((r) => r.start <= start && r.end >= end).map((r) => r.keyPoint)),
    ].sort((a, b) => a - b);
    const prev = out.at(-1);
    if (prev && prev.keyPoints.join() === keyPoints.join()) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else out.push({ start, end, text: text.slice(start, end), keyPoints });
  }
  return out;
}

/** The key-point evidence of one answer field, as highlight ranges (key points numbered from 1). */
export function evidenceRanges(view: FeedbackView, field: AnswerField) {
  return view.keyPoints.flatMap((k) =>
    k.evidence
      .filter((e) => e.field === field)
      .map((e) => ({ start: e.start, end: e.end, keyPoint: k.index + 1 })),
  );
}
