// The career content (tracks, skills matrix, vision template, learning targets, network strategy).
// Passages the seed writes in Chinese keep `zh` beside `en`. The JSON is checked against
// `careerContentSchema` (./content-schema) by tests/unit/plan-content.test.ts rather than when
// this module loads, so the plan's client components do not load zod at start-up (decision 0025,
// Session 8).
import raw from "./data/career-content.json";

export const LEARNING_CATEGORIES = ["TECHNICAL", "SOFT_SKILLS", "INDUSTRY"] as const;
export type LearningCategory = (typeof LEARNING_CATEGORIES)[number];
export const NETWORK_KINDS = ["CONNECTION", "EVENT", "MENTORSHIP"] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

type Text = { en: string; zh?: string };
type Stage = { id: string; title: Text; years: { from: number; to: number | null } | null; focus: Text[] };
type Track = { id: string; name: Text; summary: Text; stages: Stage[] };
export type CareerContent = {
  source: string;
  tracks: Track[];
  skillsMatrix: {
    levels: { id: string; name: Text; years: Text }[];
    dimensions: { id: string; name: Text; byLevel: Record<string, Text> }[];
  };
  professionalBrand: { id: string; name: Text; points: Text[] }[];
  visionTemplate: { year1: Text[]; years2to3: Text[]; years4to5: Text[] };
  learningStrategy: { category: LearningCategory; name: Text; monthlyHours: number; activities: Text[] }[];
  networkStrategy: { kinds: { kind: NetworkKind; name: Text; hint: Text }[]; suggestions: Text[] };
  skillSuggestions: Text[];
};

export const careerContent = raw as CareerContent;

export const TRACK_IDS = careerContent.tracks.map((t) => t.id);

export function findTrack(trackId: string): Track | undefined {
  return careerContent.tracks.find((t) => t.id === trackId);
}

export function findStage(trackId: string, stageId: string): Stage | undefined {
  return findTrack(trackId)?.stages.find((s) => s.id === stageId);
}

/** Monthly learning targets in minutes, from the seed's continuous learning strategy. */
export const MONTHLY_TARGET_MINUTES: Record<LearningCategory, number> = Object.fromEntries(
  careerContent.learningStrategy.map((l) => [l.category, l.monthlyHours * 60]),
) as Record<LearningCategory, number>;

export function learningCategoryName(category: LearningCategory) {
  return careerContent.learningStrategy.find((l) => l.category === category)!.name.en;
}

export function networkKindName(kind: NetworkKind) {
  return careerContent.networkStrategy.kinds.find((k) => k.kind === kind)!.name.en;
}

export function stageYears(stage: Stage) {
  if (!stage.years) return null;
  return stage.years.to === null
    ? `Years ${stage.years.from}+`
    : `Years ${stage.years.from}-${stage.years.to}`;
}

/** The vision template's goals for a horizon as a bulleted text, in English. */
export function templateGoals(horizon: keyof CareerContent["visionTemplate"]) {
  return careerContent.visionTemplate[horizon].map((t) => `- ${t.en}`).join("\n");
}
