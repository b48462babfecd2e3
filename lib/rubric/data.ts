// The source guide's scoring rules, as data: the self-assessment rubric's four domains
// with their level descriptors, the mock question template's four evaluation points, and
// the performance thresholds (readiness bands).

export const DOMAINS = [
  {
    value: "ml-fundamentals",
    label: "Machine learning fundamentals",
    levels: [
      { min: 0, max: 2, text: "Basic understanding of ML concepts, struggles with terminology" },
      { min: 3, max: 4, text: "Familiar with supervised/unsupervised learning, basic algorithms" },
      { min: 5, max: 6, text: "Solid understanding of ML pipeline, multiple algorithms" },
      { min: 7, max: 8, text: "Advanced knowledge of model selection, hyperparameter tuning" },
      { min: 9, max: 10, text: "Expert-level understanding, can explain complex trade-offs" },
    ],
  },
  {
    value: "deep-learning",
    label: "Deep learning proficiency",
    levels: [
      { min: 0, max: 2, text: "Basic neural network knowledge" },
      { min: 3, max: 4, text: "Understands backpropagation, basic architectures" },
      { min: 5, max: 6, text: "Proficient with CNN/RNN, can implement from scratch" },
      { min: 7, max: 8, text: "Advanced architectures (Transformers, GANs), optimization techniques" },
      { min: 9, max: 10, text: "Research-level understanding, novel architecture design" },
    ],
  },
  {
    value: "system-design",
    label: "System design capabilities",
    levels: [
      { min: 0, max: 2, text: "Basic software architecture knowledge" },
      { min: 3, max: 4, text: "Can design simple ML systems, understands scaling concepts" },
      { min: 5, max: 6, text: "Proficient with distributed systems, data pipelines" },
      { min: 7, max: 8, text: "Advanced system design, handles production challenges" },
      { min: 9, max: 10, text: "Expert-level architecture, can design cutting-edge AI systems" },
    ],
  },
  {
    value: "communication-leadership",
    label: "Communication & leadership",
    levels: [
      { min: 0, max: 2, text: "Basic communication skills, struggles to explain concepts" },
      { min: 3, max: 4, text: "Can explain technical concepts to non-technical audience" },
      { min: 5, max: 6, text: "Strong communicator, can lead technical discussions" },
      { min: 7, max: 8, text: "Excellent at stakeholder management, cross-functional collaboration" },
      { min: 9, max: 10, text: "Exceptional leader, can influence technical direction" },
    ],
  },
] as const;

export type DomainValue = (typeof DOMAINS)[number]["value"];

/** The four evaluation points of the guide's mock question template, each scored 0-10. */
export const EVALUATION_POINTS = [
  { value: "technicalAccuracy", label: "Technical accuracy" },
  { value: "communicationClarity", label: "Communication clarity" },
  { value: "problemSolving", label: "Problem-solving approach" },
  { value: "practicalConsiderations", label: "Practical considerations" },
] as const;

export type EvaluationPoint = (typeof EVALUATION_POINTS)[number]["value"];

/**
 * Performance thresholds. The guide prints 8.5-10, 7-8.4, 5.5-6.9 and <5.5, which leaves
 * gaps (8.45, 6.95); the bands are half-open: at least 8.5, at least 7, at least 5.5.
 */
export const BANDS = [
  { value: "excellent", label: "Excellent", min: 8.5, meaning: "Ready for senior/lead positions" },
  { value: "good", label: "Good", min: 7, meaning: "Suitable for mid-level positions" },
  { value: "developing", label: "Developing", min: 5.5, meaning: "Entry-level to junior positions" },
  { value: "needs-improvement", label: "Needs improvement", min: 0, meaning: "Additional preparation required" },
] as const;

export type BandValue = (typeof BANDS)[number]["value"];

/** Which rubric domain a question's focus area exercises (for per-domain averages). */
export const FOCUS_AREA_DOMAIN: Record<string, DomainValue> = {
  "ml-algorithms": "ml-fundamentals",
  "data-preprocessing": "ml-fundamentals",
  "ml-from-scratch": "ml-fundamentals",
  "deep-learning": "deep-learning",
  "model-optimisation": "deep-learning",
  "ml-system-design": "system-design",
  "realtime-pipelines": "system-design",
  behavioural: "communication-leadership",
  "business-case": "communication-leadership",
  negotiation: "communication-leadership",
  "interview-strategy": "communication-leadership",
  career: "communication-leadership",
  reflection: "communication-leadership",
};
