// The guide's "Self-Assessment Checklist" (Self-Assessment Rubric section): the before,
// during and after interview items, kept per interview. Keys are stable identifiers stored
// with each tick, so rewording an item never loses a user's ticks.
import { z } from "zod";

const PHASES = ["before", "during", "after"] as const;

const checklistSchema = z
  .array(
    z.strictObject({
      phase: z.enum(PHASES),
      title: z.string().min(1),
      items: z.array(z.strictObject({ key: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) })).min(1),
    }),
  )
  .refine((groups) => new Set(groups.flatMap((g) => g.items.map((i) => i.key))).size === groups.flatMap((g) => g.items).length, "Checklist keys must be unique.");

export const CHECKLISTS = checklistSchema.parse([
  {
    phase: "before",
    title: "Before the interview",
    items: [
      { key: "before-research-papers", label: "Review latest AI/ML research papers in relevant domain" },
      { key: "before-code-from-memory", label: "Practice coding ML algorithms from memory" },
      { key: "before-project-stories", label: "Prepare 2-3 detailed project experiences" },
      { key: "before-company-research", label: "Research company's AI strategy and recent publications" },
      { key: "before-whiteboard-design", label: "Practice system design on paper (whiteboard-style)" },
    ],
  },
  {
    phase: "during",
    title: "During the interview",
    items: [
      { key: "during-restate", label: "Restate the problem in my own words" },
      { key: "during-clarify", label: "Ask clarifying questions about constraints" },
      { key: "during-think-aloud", label: "Think out loud during problem-solving" },
      { key: "during-trade-offs", label: "Discuss trade-offs and alternative approaches" },
      { key: "during-validate", label: "Validate solution before presenting" },
    ],
  },
  {
    phase: "after",
    title: "After the interview",
    items: [
      { key: "after-document-questions", label: "Document questions that challenged me" },
      { key: "after-knowledge-gaps", label: "Identify knowledge gaps for improvement" },
      { key: "after-rate-performance", label: "Rate my performance using this rubric" },
      { key: "after-follow-up-plan", label: "Plan follow-up actions for growth areas" },
    ],
  },
]);

export const CHECKLIST_KEYS: readonly string[] = CHECKLISTS.flatMap((g) => g.items.map((i) => i.key));
