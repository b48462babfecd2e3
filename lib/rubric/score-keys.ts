// Each rubric domain's key in a self-assessment's scores (lib/rubric/self-assessments.ts).
import type { DomainValue } from "./data";

export const DOMAIN_SCORE_KEYS = {
  "ml-fundamentals": "mlFundamentals",
  "deep-learning": "deepLearning",
  "system-design": "systemDesign",
  "communication-leadership": "communicationLeadership",
} as const satisfies Record<DomainValue, string>;
