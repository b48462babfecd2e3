// The coverage grid of /stories: stories × competencies, with the gaps said plainly. Pure.
import { COMPETENCIES, type CompetencyKey, STORY_TARGET } from "./competencies";

type GridStory = { id: string; title: string; competencies: readonly string[] };

export type CoverageGrid = {
  columns: { key: CompetencyKey; label: string; count: number }[];
  rows: { id: string; title: string; cells: boolean[] }[];
  /** Competencies no story shows, in the list's order. */
  gaps: CompetencyKey[];
  /** "No story yet for: ethics, ambiguity." or null when every competency has a story. */
  gapSentence: string | null;
  target: { count: number; status: "below" | "within" | "above"; sentence: string };
};

export function coverageGrid(stories: readonly GridStory[]): CoverageGrid {
  const rows = stories.map((s) => ({
    id: s.id,
    title: s.title,
    cells: COMPETENCIES.map((c) => s.competencies.includes(c.key)),
  }));
  const columns = COMPETENCIES.map((c, i) => ({
    key: c.key,
    label: c.label,
    count: rows.filter((r) => r.cells[i]).length,
  }));
  const gaps = columns.filter((c) => c.count === 0).map((c) => c.key);
  const gapSentence = gaps.length
    ? `No story yet for: ${columns
        .filter((c) => c.count === 0)
        .map((c) => c.label.toLowerCase())
        .join(", ")}.`
    : null;
  return { columns, rows, gaps, gapSentence, target: target(stories.length) };
}

function target(count: number): CoverageGrid["target"] {
  const { min, max } = STORY_TARGET;
  const n = (k: number) => `${k} ${k === 1 ? "story" : "stories"}`;
  if (count < min)
    return { count, status: "below", sentence: `${n(count)} of the ${min}-${max} to prepare: ${n(min - count)} to go.` };
  if (count > max)
    return { count, status: "above", sentence: `${n(count)}: more than the ${min}-${max} you can keep fresh; merge or retire some.` };
  return { count, status: "within", sentence: `${n(count)}: within the ${min}-${max} to prepare.` };
}
