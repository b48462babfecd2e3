// The career content (tracks, skills matrix, vision template, learning targets, network strategy),
// validated once when first imported. Passages the seed writes in Chinese keep `zh` beside `en`.
import { z } from "zod";
import raw from "./data/career-content.json";

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const textSchema = z.strictObject({
  en: z
    .string()
    .min(1)
    .refine((s) => !CJK.test(s), "English text must not contain Chinese characters."),
  zh: z.string().min(1).optional(),
});

const stageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: textSchema,
  years: z.strictObject({ from: z.int().min(0), to: z.int().min(0).nullable() }).nullable(),
  focus: z.array(textSchema).min(1),
});

const trackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: textSchema,
  summary: textSchema,
  stages: z.array(stageSchema).min(1),
});

export const LEARNING_CATEGORIES = ["TECHNICAL", "SOFT_SKILLS", "INDUSTRY"] as const;
export type LearningCategory = (typeof LEARNING_CATEGORIES)[number];
export const NETWORK_KINDS = ["CONNECTION", "EVENT", "MENTORSHIP"] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const careerContentSchema = z
  .strictObject({
    source: z.string(),
    tracks: z.array(trackSchema).min(1),
    skillsMatrix: z.strictObject({
      levels: z.array(z.strictObject({ id: z.string(), name: textSchema, years: textSchema })).min(1),
      dimensions: z.array(
        z.strictObject({ id: z.string(), name: textSchema, byLevel: z.record(z.string(), textSchema) }),
      ),
    }),
    professionalBrand: z.array(
      z.strictObject({ id: z.string(), name: textSchema, points: z.array(textSchema) }),
    ),
    visionTemplate: z.strictObject({
      year1: z.array(textSchema).min(1),
      years2to3: z.array(textSchema).min(1),
      years4to5: z.array(textSchema).min(1),
    }),
    learningStrategy: z
      .array(
        z.strictObject({
          category: z.enum(LEARNING_CATEGORIES),
          name: textSchema,
          monthlyHours: z.int().positive(),
          activities: z.array(textSchema),
        }),
      )
      .length(LEARNING_CATEGORIES.length),
    networkStrategy: z.strictObject({
      kinds: z
        .array(z.strictObject({ kind: z.enum(NETWORK_KINDS), name: textSchema, hint: textSchema }))
        .length(NETWORK_KINDS.length),
      suggestions: z.array(textSchema),
    }),
    skillSuggestions: z.array(textSchema),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    for (const t of c.tracks) {
      if (ids.has(t.id)) ctx.addIssue({ code: "custom", message: `Duplicate track id ${t.id}` });
      ids.add(t.id);
      const stageIds = new Set(t.stages.map((s) => s.id));
      if (stageIds.size !== t.stages.length)
        ctx.addIssue({ code: "custom", message: `Duplicate stage id in ${t.id}` });
    }
    for (const d of c.skillsMatrix.dimensions) {
      for (const l of c.skillsMatrix.levels) {
        if (!d.byLevel[l.id])
          ctx.addIssue({ code: "custom", message: `${d.id} has no text for level ${l.id}` });
      }
    }
    if (new Set(c.learningStrategy.map((l) => l.category)).size !== LEARNING_CATEGORIES.length) {
      ctx.addIssue({ code: "custom", message: "Each learning category appears exactly once." });
    }
  });

type CareerContent = z.infer<typeof careerContentSchema>;
type Track = CareerContent["tracks"][number];
type Stage = Track["stages"][number];

export const careerContent: CareerContent = careerContentSchema.parse(raw);

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

export { CJK };
