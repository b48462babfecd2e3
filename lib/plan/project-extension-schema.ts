// The Full Project Extension's request schemas (adopting components, ticking the assessment
// criteria): apart from lib/plan/project-extension.ts, whose helpers the plan page runs in the
// browser, so zod stays out of the page's start-up (decision 0025, Session 9).
import { z } from "zod";
import { COMPONENT_KEYS, CRITERION_KEYS } from "./data/project-extension";

const componentKey = z.enum(COMPONENT_KEYS, `Choose components of the project: ${COMPONENT_KEYS.join(", ")}.`);
const criterionKey = z.enum(CRITERION_KEYS, `Choose assessment criteria: ${CRITERION_KEYS.join(", ")}.`);

export const adoptComponentsSchema = z.strictObject({
  components: z
    .array(componentKey, { error: "Send the components to adopt as a list." })
    .min(1, "Choose at least one component to adopt.")
    .refine((l) => new Set(l).size === l.length, "List each component once."),
});
export type AdoptComponents = z.infer<typeof adoptComponentsSchema>;

export const projectCriteriaSchema = z.strictObject({
  checked: z
    .array(criterionKey, { error: "Send the ticked criteria as a list." })
    .refine((l) => new Set(l).size === l.length, "List each criterion once."),
  /** The checklist's version the client saw; 0 before the first save. */
  version: z.int32("Send the checklist's version as a whole number.").min(0, "Send the checklist's version as a whole number."),
});
export type ProjectCriteriaInput = z.infer<typeof projectCriteriaSchema>;
