// Mock interview templates as data: the guide's complete 3-hour simulation and shorter
// presets. Validated at load: every session's blocks add up to the session's minutes.
import { z } from "zod";
import { FOCUS_AREAS, values } from "@/lib/questions/taxonomy";

const blockSchema = z.strictObject({
  label: z.string().min(1),
  focusArea: z.enum(values(FOCUS_AREAS)),
  questionCount: z.int().min(1).max(10),
  minutes: z.int().min(1).max(120),
});

const segmentSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("session"),
    title: z.string().min(1),
    minutes: z.int().min(1).max(240),
    blocks: z.array(blockSchema).min(1),
  }),
  z.strictObject({ kind: z.literal("break"), minutes: z.int().min(1).max(60) }),
]);

export const templateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    description: z.string().min(1),
    segments: z.array(segmentSchema).min(1),
  })
  .superRefine((t, ctx) => {
    t.segments.forEach((s, i) => {
      if (s.kind !== "session") return;
      const sum = s.blocks.reduce((a, b) => a + b.minutes, 0);
      if (sum !== s.minutes) {
        ctx.addIssue({
          code: "custom",
          path: ["segments", i, "minutes"],
          message: `${s.title}: blocks add up to ${sum} minutes, not ${s.minutes}`,
        });
      }
    });
    if (t.segments[0]?.kind !== "session" || t.segments.at(-1)?.kind !== "session") {
      ctx.addIssue({ code: "custom", path: ["segments"], message: "A mock starts and ends with a session" });
    }
  });

export type MockTemplate = z.output<typeof templateSchema>;

const raw: z.input<typeof templateSchema>[] = [
  {
    id: "full",
    title: "Complete AI engineer interview simulation",
    description:
      "The guide's full mock: four sessions (technical fundamentals, system design, coding, behavioural and case studies) with three 10-minute breaks. 24 questions, 3 hours of questions, 3 h 30 min in all.",
    segments: [
      {
        kind: "session",
        title: "Session 1: Technical fundamentals",
        minutes: 45,
        blocks: [
          { label: "Questions 1-5: Machine learning algorithms", focusArea: "ml-algorithms", questionCount: 5, minutes: 15 },
          { label: "Questions 6-10: Deep learning concepts", focusArea: "deep-learning", questionCount: 5, minutes: 15 },
          {
            label: "Questions 11-15: Data preprocessing & feature engineering",
            focusArea: "data-preprocessing",
            questionCount: 5,
            minutes: 15,
          },
        ],
      },
      { kind: "break", minutes: 10 },
      {
        kind: "session",
        title: "Session 2: System design & architecture",
        minutes: 60,
        blocks: [
          { label: "Question 16: Large-scale ML system design", focusArea: "ml-system-design", questionCount: 1, minutes: 30 },
          { label: "Question 17: Real-time AI pipeline architecture", focusArea: "realtime-pipelines", questionCount: 1, minutes: 30 },
        ],
      },
      { kind: "break", minutes: 10 },
      {
        kind: "session",
        title: "Session 3: Coding & implementation",
        minutes: 45,
        blocks: [
          { label: "Question 18: Implement an ML algorithm from scratch", focusArea: "ml-from-scratch", questionCount: 1, minutes: 20 },
          { label: "Question 19: Optimise AI model performance", focusArea: "model-optimisation", questionCount: 1, minutes: 25 },
        ],
      },
      { kind: "break", minutes: 10 },
      {
        kind: "session",
        title: "Session 4: Behavioural & case studies",
        minutes: 30,
        blocks: [
          { label: "Questions 20-22: Behavioural scenarios", focusArea: "behavioural", questionCount: 3, minutes: 10 },
          { label: "Questions 23-24: Business case studies", focusArea: "business-case", questionCount: 2, minutes: 20 },
        ],
      },
    ],
  },
  {
    id: "technical-45",
    title: "Technical fundamentals round (45 min)",
    description: "Session 1 of the full mock on its own: fifteen short questions in three 15-minute blocks.",
    segments: [
      {
        kind: "session",
        title: "Technical fundamentals",
        minutes: 45,
        blocks: [
          { label: "Machine learning algorithms", focusArea: "ml-algorithms", questionCount: 5, minutes: 15 },
          { label: "Deep learning concepts", focusArea: "deep-learning", questionCount: 5, minutes: 15 },
          { label: "Data preprocessing & feature engineering", focusArea: "data-preprocessing", questionCount: 5, minutes: 15 },
        ],
      },
    ],
  },
  {
    id: "system-design-60",
    title: "System design round (60 min)",
    description: "Two 30-minute design questions: a large-scale ML system and a real-time AI pipeline.",
    segments: [
      {
        kind: "session",
        title: "System design & architecture",
        minutes: 60,
        blocks: [
          { label: "Large-scale ML system design", focusArea: "ml-system-design", questionCount: 1, minutes: 30 },
          { label: "Real-time AI pipeline architecture", focusArea: "realtime-pipelines", questionCount: 1, minutes: 30 },
        ],
      },
    ],
  },
  {
    id: "coding-45",
    title: "Coding round (45 min)",
    description: "Implement an ML algorithm from scratch (20 min), then optimise a model's performance (25 min).",
    segments: [
      {
        kind: "session",
        title: "Coding & implementation",
        minutes: 45,
        blocks: [
          { label: "Implement an ML algorithm from scratch", focusArea: "ml-from-scratch", questionCount: 1, minutes: 20 },
          { label: "Optimise AI model performance", focusArea: "model-optimisation", questionCount: 1, minutes: 25 },
        ],
      },
    ],
  },
  {
    id: "behavioural-30",
    title: "Behavioural & case study round (30 min)",
    description: "Three behavioural questions in 10 minutes, then two business case studies in 20.",
    segments: [
      {
        kind: "session",
        title: "Behavioural & case studies",
        minutes: 30,
        blocks: [
          { label: "Behavioural scenarios", focusArea: "behavioural", questionCount: 3, minutes: 10 },
          { label: "Business case studies", focusArea: "business-case", questionCount: 2, minutes: 20 },
        ],
      },
    ],
  },
];

export const MOCK_TEMPLATES: readonly MockTemplate[] = raw.map((t) => {
  const r = templateSchema.safeParse(t);
  if (!r.success) throw new Error(`Mock template ${t.id}: ${r.error.issues.map((i) => i.message).join("; ")}`);
  return r.data;
});

export function getTemplate(id: string) {
  return MOCK_TEMPLATES.find((t) => t.id === id) ?? null;
}

/** Minutes of questions, of breaks, in all, and the number of questions. */
export function templateTotals(t: MockTemplate) {
  let questionMinutes = 0;
  let breakMinutes = 0;
  let questions = 0;
  for (const s of t.segments) {
    if (s.kind === "break") breakMinutes += s.minutes;
    else {
      questionMinutes += s.minutes;
      questions += s.blocks.reduce((a, b) => a + b.questionCount, 0);
    }
  }
  return { questionMinutes, breakMinutes, totalMinutes: questionMinutes + breakMinutes, questions };
}
