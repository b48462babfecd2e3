// The guide's preparation timeline ("Common Confusions" §8): start 6-8 weeks before the first
// interview; weeks 1-2 technical fundamentals, 3-4 system design and behavioural, 5-6 mock
// interviews and refinement, 7-8 company research and final preparation. Each phase says how
// its work is measured: submitted answers in some question-bank focus areas, or finished mock
// interviews. How many make a phase done depends on its length once the plan is fitted to the
// days left (lib/plan/preparation.ts, decision 0021).
import { z } from "zod";
import { FOCUS_AREAS } from "@/lib/questions/taxonomy";

const focusArea = z.enum(FOCUS_AREAS.map((f) => f.value) as [string, ...string[]]);

const phasesSchema = z
  .array(
    z.strictObject({
      key: z.string().regex(/^[a-z-]+$/),
      firstWeek: z.int().min(1),
      lastWeek: z.int().min(1),
      title: z.string().min(1),
      advice: z.string().min(1),
      measure: z.discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("answers"), focusAreas: z.array(focusArea).min(1) }),
        z.strictObject({ kind: z.literal("mocks") }),
      ]),
      action: z.strictObject({ label: z.string().min(1), href: z.string().startsWith("/") }),
    }),
  )
  .min(1)
  .refine((p) => p.every((x, i) => x.firstWeek <= x.lastWeek && x.firstWeek === (i === 0 ? 1 : p[i - 1]!.lastWeek + 1)), "Phases cover consecutive weeks from week 1.");

export const PREPARATION_PHASES = phasesSchema.parse([
  {
    key: "fundamentals",
    firstWeek: 1,
    lastWeek: 2,
    title: "Technical fundamentals review",
    advice: "Review ML algorithms, deep learning, data preprocessing and implementing algorithms from scratch.",
    measure: { kind: "answers", focusAreas: ["ml-algorithms", "deep-learning", "data-preprocessing", "ml-from-scratch", "model-optimisation"] },
    action: { label: "Practise ML algorithms", href: "/questions?focusArea=ml-algorithms" },
  },
  {
    key: "design-behavioural",
    firstWeek: 3,
    lastWeek: 4,
    title: "System design and behavioural preparation",
    advice: "Design ML systems and real-time pipelines out loud; prepare STAR stories and business cases.",
    measure: { kind: "answers", focusAreas: ["ml-system-design", "realtime-pipelines", "behavioural", "business-case"] },
    action: { label: "Practise system design", href: "/questions?focusArea=ml-system-design" },
  },
  {
    key: "mock-interviews",
    firstWeek: 5,
    lastWeek: 6,
    title: "Mock interviews and refinement",
    advice: "Sit mock interviews under the clock, score yourself honestly and rework what the report shows is weak.",
    measure: { kind: "mocks" },
    action: { label: "Start a mock interview", href: "/mocks" },
  },
  {
    key: "company-research",
    firstWeek: 7,
    lastWeek: 8,
    title: "Company research and final preparation",
    advice: "Research each company's AI strategy, prepare your questions and your negotiation position.",
    measure: { kind: "answers", focusAreas: ["negotiation", "interview-strategy"] },
    action: { label: "Open the company research questions", href: "/questions?focusArea=negotiation" },
  },
]);


/** Length of the plan in days (8 weeks). */
export const PLAN_DAYS = PREPARATION_PHASES.at(-1)!.lastWeek * 7;
