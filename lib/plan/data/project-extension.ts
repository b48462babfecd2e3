// The guide's "Full Project Extension" (AI Career Development Portfolio), word for word from
// the seed (seed-project-extension.md; tests/unit/plan-project-extension.test.ts compares).
// Keys are stable ids: a component's key names the milestone adopted from it, a criterion's
// key is what the user's checklist stores.

type ProjectComponent = { key: string; title: string; bullets: readonly string[] };
type ProjectCriterion = { key: string; text: string };

export const PROJECT_EXTENSION = {
  title: "AI Career Development Portfolio",
  objective:
    "Develop a comprehensive career advancement strategy and interview preparation system that supports long-term professional growth in AI.",
  components: [
    {
      key: "skills-assessment",
      title: "Comprehensive Skills Assessment",
      bullets: [
        "Complete technical skills evaluation across all AI/ML domains",
        "Identify strengths, weaknesses, and development priorities",
        "Create personalized learning path with timeline and milestones",
        "Establish baseline performance metrics for tracking progress",
      ],
    },
    {
      key: "question-database",
      title: "Interview Question Database Development",
      bullets: [
        "Build a personal question bank covering technical, behavioral, and system design",
        "Categorize questions by difficulty, topic, and company type",
        "Develop model answers and practice scenarios",
        "Include industry-specific variations and emerging technology questions",
      ],
    },
    {
      key: "mock-program",
      title: "Mock Interview Program Design",
      bullets: [
        "Create structured mock interview series with increasing complexity",
        "Establish feedback mechanisms and improvement tracking",
        "Design role-playing scenarios for different interview types",
        "Include peer review and professional mentor feedback sessions",
      ],
    },
    {
      key: "network-strategy",
      title: "Professional Network Strategy",
      bullets: [
        "Identify key networking opportunities and target connections",
        "Develop personal brand and online presence strategy",
        "Create plan for conference attendance and speaking opportunities",
        "Establish mentorship relationships and industry connections",
      ],
    },
    {
      key: "compensation-system",
      title: "Compensation Research and Negotiation System",
      bullets: [
        "Build comprehensive salary database with role-based comparisons",
        "Develop personal value proposition and achievement documentation",
        "Create negotiation strategies for different scenarios and company types",
        "Design long-term financial planning considering equity and growth potential",
      ],
    },
    {
      key: "career-progression",
      title: "Career Progression Planning",
      bullets: [
        "Map out 5-year career trajectory with specific role targets",
        "Identify required skills and experiences for each career stage",
        "Create project portfolio showcasing growth and achievements",
        "Develop plan for industry recognition and thought leadership",
      ],
    },
  ],
  deliverables: [
    "Complete skills assessment with development roadmap",
    "Comprehensive interview preparation system with tracking",
    "Professional network plan with implementation timeline",
    "Compensation analysis with negotiation strategies",
    "5-year career progression plan with milestone tracking",
  ],
  criteria: [
    { key: "self-awareness", text: "Demonstrates thorough self-awareness and honest skill assessment" },
    { key: "systematic-preparation", text: "Shows evidence of systematic preparation and practice" },
    { key: "measurable-goals", text: "Includes measurable goals and progress tracking mechanisms" },
    { key: "realistic-timeline", text: "Provides realistic timeline and actionable development steps" },
    { key: "industry-trends", text: "Demonstrates understanding of industry trends and market dynamics" },
  ],
  timeline:
    "4-6 weeks with 10-15 hours of focused work, including assessment, preparation, practice, and strategic planning phases",
} as const satisfies {
  title: string;
  objective: string;
  components: readonly ProjectComponent[];
  deliverables: readonly string[];
  criteria: readonly ProjectCriterion[];
  timeline: string;
};

export type ComponentKey = (typeof PROJECT_EXTENSION.components)[number]["key"];
type CriterionKey = (typeof PROJECT_EXTENSION.criteria)[number]["key"];
export const COMPONENT_KEYS = PROJECT_EXTENSION.components.map((c) => c.key) as [ComponentKey, ...ComponentKey[]];
export const CRITERION_KEYS = PROJECT_EXTENSION.criteria.map((c) => c.key) as [CriterionKey, ...CriterionKey[]];
