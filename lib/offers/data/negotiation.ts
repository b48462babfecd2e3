// The guide's negotiation material ("Salary Negotiation & Career Progression"), verbatim.
import { z } from "zod";

const item = z.strictObject({ key: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(1) });

const negotiationSchema = z.strictObject({
  scripts: z.array(
    z.strictObject({ key: z.string(), title: z.string(), companySays: z.string().optional(), script: z.string().min(1) }),
  ),
  negotiables: z.array(z.strictObject({ group: z.string(), items: z.array(item).min(1) })),
  researchQuestions: z.array(item),
  leveragePoints: z.array(z.strictObject({ key: z.string(), title: z.string(), prompt: z.string() })),
});

export const NEGOTIATION = negotiationSchema.parse({
  scripts: [
    {
      key: "opening-position",
      title: "Opening position",
      script:
        "I'm excited about this opportunity and would like to discuss total compensation. Based on my research and the value I bring, I'm looking for a total package of $X in the $Y base salary range.",
    },
    {
      key: "value-justification",
      title: "Value justification",
      script:
        "My recent work on [specific project] resulted in [quantified impact], and my expertise in [specific area] directly addresses your current challenges with [company-specific problem]. At my previous company, I led [specific achievement] that delivered [measurable business value].",
    },
    {
      key: "counter-bands",
      title: "Counter-argument: compensation bands",
      companySays: "We're limited by our compensation bands",
      script:
        "I understand budget constraints. Would there be flexibility in other areas like equity vesting, signing bonus, or performance-based increases after my first review?",
    },
    {
      key: "counter-final-offer",
      title: "Counter-argument: final offer",
      companySays: "This is our final offer",
      script:
        "I appreciate your time and consideration. Given the competing opportunities I'm evaluating, could we explore if there's any additional flexibility in the equity component to reflect the value I'll bring to [specific company goal]?",
    },
    {
      key: "counter-no-negotiation",
      title: "Counter-argument: no negotiation at this level",
      companySays: "We typically don't negotiate for this level",
      script:
        "I understand your standard process. However, given my specialized experience in [relevant area] and the competitive market for AI talent, I'm hoping we can make an exception to ensure this is a win-win for both of us.",
    },
  ],
  negotiables: [
    {
      group: "Equity and stock",
      items: [
        { key: "equity-type", text: "Equity type: RSUs vs. Stock Options vs. ESPP" },
        { key: "vesting-schedule", text: "Vesting schedule: Standard 4-year with 1-year cliff" },
        { key: "exercise-price", text: "Exercise price (for options): Should match current fair market value" },
        { key: "acceleration", text: "Acceleration clauses: Double-trigger for senior roles" },
      ],
    },
    {
      group: "Benefits and perks",
      items: [
        { key: "remote-travel", text: "Remote work policy and travel reimbursement" },
        { key: "development-budget", text: "Professional development budget ($2K-$10K annually)" },
        { key: "conferences", text: "Conference attendance and speaking opportunities" },
        { key: "flexible-hours-pto", text: "Flexible working hours and PTO policy" },
        { key: "health-coverage", text: "Health, dental, vision coverage details" },
        { key: "retirement-matching", text: "Retirement plan matching (401k, pension)" },
        { key: "parental-leave", text: "Parental leave policies" },
        { key: "equipment", text: "Equipment and home office setup" },
      ],
    },
    {
      group: "Performance and growth",
      items: [
        { key: "promotion-criteria", text: "Clear promotion criteria and timeline" },
        { key: "role-progression", text: "Role progression opportunities" },
        { key: "mentorship", text: "Mentorship and leadership development" },
        { key: "cross-functional", text: "Cross-functional project opportunities" },
        { key: "publication", text: "Research publication and conference speaking" },
      ],
    },
    {
      group: "Non-traditional compensation",
      items: [
        { key: "equity-upside", text: "Equity upside participation (for early-stage companies)" },
        { key: "patent-bonus", text: "Patent bonus programs" },
        { key: "innovation-time", text: "Innovation time (20% time for research)" },
        { key: "speaking-compensation", text: "Conference speaking compensation" },
        { key: "publication-bonus", text: "Publication bonuses" },
      ],
    },
  ],
  researchQuestions: [
    { key: "funding-growth", text: "What is the company's funding stage and growth trajectory?" },
    { key: "ai-maturity", text: "How does their AI maturity compare to competitors?" },
    { key: "hiring-patterns", text: "What are their recent AI/ML hiring patterns?" },
    { key: "comp-philosophy", text: "What is their total compensation philosophy?" },
    { key: "counteroffers", text: "Do they have a track record of counteroffers?" },
  ],
  leveragePoints: [
    { key: "unique-skills", title: "Unique Skills", prompt: "Specialized knowledge (e.g., LLMs, computer vision, MLOps)" },
    { key: "proven-impact", title: "Proven Impact", prompt: "Concrete metrics showing your contributions" },
    { key: "market-demand", title: "Market Demand", prompt: "Current hiring trends in your specialization" },
    { key: "alternative-offers", title: "Alternative Offers", prompt: "Multiple competing opportunities" },
    { key: "timing", title: "Timing", prompt: "End of fiscal year, urgent hiring needs" },
  ],
});

export const NEGOTIABLE_KEYS = NEGOTIATION.negotiables.flatMap((g) => g.items.map((i) => i.key));
export const RESEARCH_KEYS = NEGOTIATION.researchQuestions.map((q) => q.key);
