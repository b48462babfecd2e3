// The behavioural themes a story can show: a closed list, in the guide's words where the guide
// names the theme (its four behavioural scenarios, its Communication & Leadership rubric and its
// advice), and from issue 17 where it does not (customer focus; ambiguity leans on the
// guide's "clarifying requirements"). `guide` quotes the words, `source` says where they are. The coverage grid
// on /stories has one column per entry, in this order.

export const COMPETENCIES = [
  {
    key: "failure",
    label: "Failure and recovery",
    guide: "Handling model performance degradation",
    source: "Behavioral Interview Scenarios, Scenario 1",
  },
  {
    key: "conflict",
    label: "Conflict",
    guide: "Cross-functional team conflict",
    source: "Behavioral Interview Scenarios, Scenario 2",
  },
  {
    key: "ethics",
    label: "Ethics",
    guide: "Ethical AI decision",
    source: "Behavioral Interview Scenarios, Scenario 3",
  },
  {
    key: "mentoring",
    label: "Mentoring",
    guide: "Mentorship and team development",
    source: "Behavioral Interview Scenarios, Scenario 4",
  },
  {
    key: "leadership",
    label: "Leadership",
    guide: "Demonstrated technical leadership on complex projects",
    source: "Micro-Quiz, Question 6 (senior to staff)",
  },
  {
    key: "influence",
    label: "Influence",
    guide: "Can influence technical direction",
    source: "Self-Assessment Rubric, Communication & Leadership 9-10",
  },
  {
    key: "stakeholders",
    label: "Stakeholder management",
    guide: "Excellent at stakeholder management, cross-functional collaboration",
    source: "Self-Assessment Rubric, Communication & Leadership 7-8",
  },
  {
    key: "pressure",
    label: "Delivery under pressure",
    guide: "Practice under pressure through timed mock interviews",
    source: "Common Confusions 5, interview anxiety",
  },
  {
    key: "ambiguity",
    label: "Ambiguity",
    guide: "Spend 30% of time clarifying requirements",
    source: "Common Confusions 3 (30% of the time clarifying requirements); issue 17",
  },
  {
    key: "customer",
    label: "Customer focus",
    guide: "Customer focus",
    source: "Issue 17 (the guide has no scenario of its own for it)",
  },
] as const;

export type CompetencyKey = (typeof COMPETENCIES)[number]["key"];
export const COMPETENCY_KEYS = COMPETENCIES.map((c) => c.key) as [CompetencyKey, ...CompetencyKey[]];

export const competencyLabel = (key: string): string => COMPETENCIES.find((c) => c.key === key)?.label ?? key;

/** Candidates prepare 8-12 stories and reuse them (issue 17). */
export const STORY_TARGET = { min: 8, max: 12 } as const;
