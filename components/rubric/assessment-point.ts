import type { EditedAssessment } from "./self-assessment-form";

/** One self-assessment as the history list and its chart show it. */
export type AssessmentPoint = EditedAssessment & { overall: number; band: string };
