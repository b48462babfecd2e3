// The shape the career content (./data/career-content.json) must have, with its cross-checks.
// tests/unit/plan-content.test.ts parses the JSON with it; ./content types the same data without
// zod, and the assignment below keeps the two in step.
import { z } from "zod";
import { type CareerContent, LEARNING_CATEGORIES, NETWORK_KINDS } from "./content";

export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

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

// The schema's output must be the type ./content declares for the same JSON.
const sameShape: z.ZodType<CareerContent> = careerContentSchema;
void sameShape;
