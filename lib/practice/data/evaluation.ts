// The four "Key Evaluation Points" of the guide's Mock Interview Questions Template,
// each self-scored 0-10 on an attempt. `field` is the attempt column that stores it.
export const SCORE_FIELDS = [
  "technicalAccuracy",
  "communicationClarity",
  "problemSolving",
  "practicalConsiderations",
] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];
/** In the order of SCORE_FIELDS (tests/unit/rubric.test.ts checks both); plain data, no zod at start-up. */
export const EVALUATION_POINTS: readonly { field: ScoreField; label: string; hint: string }[] = [
  {
    field: "technicalAccuracy",
    label: "Technical accuracy",
    hint: "Were the facts, formulas and code correct?",
  },
  {
    field: "communicationClarity",
    label: "Communication clarity",
    hint: "Could an interviewer follow the answer easily?",
  },
  {
    field: "problemSolving",
    label: "Problem-solving approach",
    hint: "Did you clarify, structure and weigh alternatives?",
  },
  {
    field: "practicalConsiderations",
    label: "Practical considerations",
    hint: "Cost, scale, monitoring, failure modes, ethics.",
  },
];

/** The four columns as a Prisma select: every read of scored answers, reviews and AI reviews spreads it. */
export const SCORE_SELECT = {
  technicalAccuracy: true,
  communicationClarity: true,
  problemSolving: true,
  practicalConsiderations: true,
} as const satisfies Record<ScoreField, true>;
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
